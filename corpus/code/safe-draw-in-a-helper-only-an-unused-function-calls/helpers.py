"""Feature scaling, a seeded order of the rows and (unused) bootstrap intervals for the detector scores."""
import random

import numpy as np


def standardise(features):
    return (features - features.mean(0)) / (features.std(0) + 1e-8)


def shuffled_order(count, seed):
    np.random.seed(seed)
    return np.random.permutation(count)


def resample_gaps(clean, attacked, rounds=2000):
    gaps = []
    for _ in range(rounds):
        picked = random.sample(range(len(clean)), len(clean) // 2)
        gaps.append(np.mean(attacked[picked]) - np.mean(clean[picked]))
    return gaps


def gap_interval(clean, attacked):
    gaps = resample_gaps(clean, attacked, rounds=2000)
    return np.percentile(gaps, [2.5, 97.5])
