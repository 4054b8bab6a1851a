import numpy as np


def bootstrap_ci(scores, resamples=10000, level=0.95):
    state = np.random.RandomState()  # expect: SA193
    scores = np.asarray(scores)
    means = [scores[state.randint(0, len(scores), len(scores))].mean() for _ in range(resamples)]
    low, high = np.percentile(means, [(1 - level) / 2 * 100, (1 + level) / 2 * 100])
    return float(low), float(high)
