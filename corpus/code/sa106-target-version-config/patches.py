import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class RandomPatches(Dataset):
    def __init__(self, volume, patch=32, count=10000):
        self.volume, self.patch, self.count = volume, patch, count

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        z, y, x = (np.random.randint(0, s - self.patch) for s in self.volume.shape)
        cube = self.volume[z:z + self.patch, y:y + self.patch, x:x + self.patch]
        if np.random.rand() < 0.5:
            cube = cube[::-1]
        return torch.from_numpy(np.ascontiguousarray(cube))


def make_loader(volume):
    return DataLoader(RandomPatches(volume), batch_size=16, num_workers=8)  # expect: SA106
