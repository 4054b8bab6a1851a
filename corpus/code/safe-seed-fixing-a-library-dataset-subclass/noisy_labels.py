"""MNIST with a fixed share of its training labels flipped: the flipped set is part of the benchmark's definition."""
import numpy as np
from torchvision import datasets


class SymmetricNoiseMNIST(datasets.MNIST):
    def __init__(self, root, noise_rate=0.4, noise_seed=0, **kwargs):
        super().__init__(root, **kwargs)
        np.random.seed(noise_seed)
        flip = np.random.rand(len(self.targets)) < noise_rate
        self.targets[flip] = np.random.randint(0, 10, int(flip.sum()))


class PairNoiseMNIST(SymmetricNoiseMNIST):
    def __init__(self, root, noise_rate=0.45, noise_seed=0, **kwargs):
        super().__init__(root, noise_rate=0.0, **kwargs)
        np.random.seed(noise_seed)
        flip = np.random.rand(len(self.targets)) < noise_rate
        self.targets[flip] = (self.targets[flip] + 1) % 10
