"""The same sweep with one generator handed to every fit: each component count is fitted at one draw."""
import numpy as np
from sklearn.decomposition import FastICA


def unmixing(signals):
    gen = np.random.RandomState(4)  # expect: SA101
    kept = []
    for n_parts in [2, 4, 6]:
        ica = FastICA(n_components=n_parts, random_state=gen)
        ica.fit(signals)
        kept.append(ica.transform(signals))
    return kept
