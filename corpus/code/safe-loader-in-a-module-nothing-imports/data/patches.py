"""Patch loader the training script uses: crops are drawn from a generator each worker seeds for itself."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class Patches(Dataset):
    def __init__(self, volume, size=32):
        self.volume, self.size = volume, size
        self.rng = None

    def __len__(self):
        return 10_000

    def __getitem__(self, index):
        if self.rng is None:
            self.rng = np.random.default_rng(torch.initial_seed() % 2**32)
        x, y = self.rng.integers(0, self.volume.shape[-1] - self.size, size=2)
        return self.volume[..., x:x + self.size, y:y + self.size]


def patch_loader(volume, batch_size=64):
    return DataLoader(Patches(volume), batch_size=batch_size, shuffle=True, num_workers=4)
