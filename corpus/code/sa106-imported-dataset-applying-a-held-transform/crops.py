"""Fixed-length crops of stored spectrograms, in an order shuffled once when the set is made."""
import random

import numpy as np
import torch


class SpectrogramCrops(torch.utils.data.Dataset):
    def __init__(self, paths, transform=None, order_seed=0):
        self.paths = list(paths)
        random.Random(order_seed).shuffle(self.paths)
        self.transform = transform

    def __len__(self):
        return len(self.paths)

    def __getitem__(self, index):
        crop = np.load(self.paths[index])[:, :128]
        if self.transform is not None:
            crop = self.transform(crop)
        return torch.from_numpy(crop)
