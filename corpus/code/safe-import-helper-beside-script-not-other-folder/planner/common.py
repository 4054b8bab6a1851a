"""Shared pieces of the route planner; the road graph sampler is fixed once at import."""
import numpy as np

np.random.seed(2024)


def sample_roads(count, towns):
    return np.random.randint(0, towns, size=(count, 2))
