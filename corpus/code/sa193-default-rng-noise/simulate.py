import numpy as np


def make_dataset(n=1000, noise=0.1):
    rng = np.random.default_rng()  # expect: SA193
    x = rng.uniform(-3, 3, size=n)
    y = np.sin(x) + rng.normal(0, noise, size=n)
    return x, y
