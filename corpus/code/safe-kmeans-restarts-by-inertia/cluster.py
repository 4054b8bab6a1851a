"""Lloyd's k-means with restarts: keep the restart with the lowest within-cluster cost."""
import numpy as np


def kmeans(points, k, seed, iters=50):
    rng = np.random.default_rng(seed)
    centres = points[rng.choice(len(points), k, replace=False)]
    for _ in range(iters):
        labels = ((points[:, None] - centres[None]) ** 2).sum(-1).argmin(1)
        centres = np.stack([points[labels == j].mean(0) for j in range(k)])
    cost = ((points - centres[labels]) ** 2).sum()
    return centres, cost


points = np.load("points.npy")
best_cost, best_centres = np.inf, None
for seed in range(10):
    centres, cost = kmeans(points, 4, seed)
    if cost < best_cost:
        best_cost, best_centres = cost, centres
np.save("centres.npy", best_centres)
