"""Ten k-means restarts of the customer embedding; the tightest clustering is kept (its own objective)."""
import numpy as np
from sklearn.cluster import KMeans

points = np.load("embedding.npy")
tightest, kept = np.inf, None
for restart_seed in range(10):
    km = KMeans(n_clusters=6, n_init=1, random_state=restart_seed).fit(points)
    spread = km.inertia_
    if spread < tightest:
        tightest, kept = spread, km
np.save("centres.npy", kept.cluster_centers_)
