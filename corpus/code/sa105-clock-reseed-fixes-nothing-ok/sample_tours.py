"""Random restarts of a tour search; each run starts from the clock on purpose, so no two runs repeat."""
import random
import time

import numpy as np

random.seed(time.time())
cities = np.random.rand(40, 2)
best = None
for restart in range(20):
    tour = random.sample(range(40), 40)
    length = sum(np.linalg.norm(cities[a] - cities[b]) for a, b in zip(tour, tour[1:]))
    best = length if best is None else min(best, length)
print(f"shortest tour found: {best:.3f}")
