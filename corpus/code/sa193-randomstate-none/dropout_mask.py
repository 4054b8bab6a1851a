import numpy as np


class MaskedFeatures:
    def __init__(self, keep=0.9):
        self.keep = keep
        self.rng = np.random.RandomState(None)  # expect: SA193

    def transform(self, features):
        return features * (self.rng.rand(*features.shape) < self.keep)
