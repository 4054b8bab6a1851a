"""Build a clustered index of the passage embeddings; its own --seed picks the k-means starting centroids."""
import argparse

import numpy as np

ap = argparse.ArgumentParser()
ap.add_argument("--lists", type=int, default=16)
ap.add_argument("--seed", type=int, default=1234)
cli = ap.parse_args()
np.random.seed(cli.seed)
vectors = np.random.randn(500, 24)
centroids = vectors[np.random.choice(len(vectors), cli.lists, replace=False)]
np.save("centroids.npy", centroids)
