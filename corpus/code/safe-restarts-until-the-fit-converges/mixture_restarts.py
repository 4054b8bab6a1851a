"""Fit a mixture of five Gaussians to the cell intensities; restart from a new seed until EM reaches a
log-likelihood plateau, as a poor start can stall in a degenerate solution."""
import numpy as np
from sklearn.mixture import GaussianMixture

intensities = np.load("intensities.npy").reshape(-1, 1)
for seed in range(20):
    mixture = GaussianMixture(n_components=5, random_state=seed, max_iter=500).fit(intensities)
    if mixture.converged_ and mixture.lower_bound_ > -2.5:
        break
print("components:", np.sort(mixture.means_.ravel()))
