"""Make predicted survival curves monotone by a bootstrapped rearrangement, curve by curve. Every curve is
rearranged with the same uniforms (a common random number), so the result depends on the curve alone."""
import numpy as np
from scipy.interpolate import interp1d


def make_monotone(curves, times, draws=1000, seed=7):
    curves = np.clip(curves, 0, 1)
    for i in range(curves.shape[0]):
        if np.all(np.diff(curves[i]) <= 0):
            continue
        np.random.seed(seed)
        inverse = interp1d(curves[i], times, kind="linear", fill_value="extrapolate")
        sampled = np.sort(inverse(np.random.uniform(0, 1, draws)))
        curves[i] = 1 - np.searchsorted(sampled, times) / draws
    return curves


if __name__ == "__main__":
    predicted = np.load("outputs/curves.npy")
    np.save("outputs/curves_monotone.npy", make_monotone(predicted, np.load("outputs/times.npy")))
