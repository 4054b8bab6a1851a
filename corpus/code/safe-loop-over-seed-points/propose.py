"""Propose the next hyperparameters for the tuner: multi-start maximisation of the expected improvement."""
import numpy as np
from scipy.optimize import minimize


def expected_improvement(points, model, best):
    mean, std = model.predict(points, return_std=True)
    gain = mean - best
    return gain * (std > 0)


def next_point(model, best, low, high, starts=12):
    rng = np.random.default_rng(17)
    seed_points = rng.uniform(low, high, size=(starts, len(low)))
    chosen, chosen_gain = seed_points[0], -np.inf
    for seed_point in seed_points:
        result = minimize(lambda x: -expected_improvement(x.reshape(1, -1), model, best)[0],
                          seed_point.reshape(-1), bounds=list(zip(low, high)), method="L-BFGS-B")
        if result.success and -result.fun > chosen_gain:
            chosen, chosen_gain = result.x, -result.fun
    return np.clip(chosen, low, high)
