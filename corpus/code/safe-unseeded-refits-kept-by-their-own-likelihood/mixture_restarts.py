"""EM from several random starts; keep the start with the highest training log-likelihood bound."""
import numpy as np
from sklearn.mixture import GaussianMixture

points = np.load("embeddings.npy")
n_restarts = 20
best_bound, kept = -np.inf, None
for attempt in range(n_restarts):
    mixture = GaussianMixture(n_components=6, init_params="random")  # expect: SA192
    mixture.fit(points)
    if mixture.lower_bound_ > best_bound:
        best_bound, kept = mixture.lower_bound_, mixture
print(kept.means_)
