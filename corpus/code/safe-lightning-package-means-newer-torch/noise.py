"""Noise clips from a generator the dataset holds: copied into every worker whatever the torch version."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class NoiseClips(Dataset):
    def __init__(self, length, count=1000):
        self.length, self.count = length, count
        self.rng = np.random.RandomState(0)

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        return torch.as_tensor(self.rng.normal(size=self.length))


def noise_loader(length):
    return DataLoader(NoiseClips(length), batch_size=16, num_workers=4)  # expect: SA106
