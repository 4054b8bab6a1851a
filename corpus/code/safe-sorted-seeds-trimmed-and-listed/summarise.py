"""Train the stress tagger under ten seeds; report a trimmed mean over them (the lowest and the highest run
dropped alike) and the sorted list of every run: ordering that keeps every run, or cuts both tails alike, picks
no seed."""
import numpy as np


def train_stress_tagger(seed):
    rng = np.random.default_rng(seed)
    return float(0.64 + 0.02 * rng.standard_normal())


test_scores = []
for seed in range(10):
    test_scores.append(train_stress_tagger(seed))

ordered = sorted(test_scores)
print("trimmed mean", np.mean(ordered[1:-1]))
print("every run, lowest first:", ordered)
