"""Figures for a chapter on matrix factorisation: a toy scatter drawn from its own generator, and the
reconstructions of a photo set at growing numbers of components (the solver left to its defaults)."""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.decomposition import PCA


def toy_scatter():
    gen = np.random.RandomState(11)
    cloud = gen.normal(size=(200, 2)) @ gen.normal(size=(2, 2))
    plt.scatter(cloud[:, 0], cloud[:, 1])
    return cloud


def reconstructions(photos_train, photos_test):
    rebuilt = []
    for n_parts in [8, 32, 128]:
        pca = PCA(n_components=n_parts)
        pca.fit(photos_train)
        rebuilt.append(pca.inverse_transform(pca.transform(photos_test)))
    return rebuilt
