"""Grow a sparse mask by random walks through the layers, each started from the unit visited least so far."""
import numpy as np


def least_visited_start(visits):
    seed_node = np.argmin(visits)
    return seed_node


def random_walk_mask(widths, walks=200, seed=0):
    rng = np.random.default_rng(seed)
    masks = [np.zeros((a, b), dtype=bool) for a, b in zip(widths, widths[1:])]
    visits = np.zeros(widths[0])
    for _ in range(walks):
        unit = least_visited_start(visits)
        visits[unit] += 1
        for mask in masks:
            nxt = rng.integers(mask.shape[1])
            mask[unit, nxt] = True
            unit = nxt
    return masks


if __name__ == "__main__":
    print(sum(m.sum() for m in random_walk_mask([784, 300, 100, 10])))
