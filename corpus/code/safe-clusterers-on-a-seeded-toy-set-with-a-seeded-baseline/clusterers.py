"""Three clusterers against a random labelling on one drawn toy set, scored by the adjusted Rand index."""
import numpy as np
from sklearn.cluster import Birch, MeanShift, SpectralClustering
from sklearn.datasets import make_blobs
from sklearn.metrics import adjusted_rand_score

points, truth = make_blobs(n_samples=300, centers=4, cluster_std=1.3, random_state=3)

coin = np.random.default_rng(3)  # expect: SA104
guess = coin.integers(0, 4, size=len(points))
print("random", adjusted_rand_score(truth, guess))

for label, method in zip(["birch", "mean shift", "spectral"], [Birch(n_clusters=4), MeanShift(), SpectralClustering(4)]):  # expect: SA192
    found = method.fit_predict(points)
    print(label, adjusted_rand_score(truth, found))
