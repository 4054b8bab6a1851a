"""A toy dataset of noise clips for the unit tests."""
import numpy as np
import torch


class NoiseClips(torch.utils.data.Dataset):
    def __init__(self, count=8):
        self.count = count
        self.noise_rng = np.random.RandomState(0)

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        return torch.from_numpy(self.noise_rng.randn(16000).astype("float32"))
