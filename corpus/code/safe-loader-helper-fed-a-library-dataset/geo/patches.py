"""Random patches of satellite tiles, cut with a generator the set keeps."""
import numpy as np
import torch


class RandomPatches(torch.utils.data.Dataset):
    def __init__(self, tiles, size=64):
        self.tiles = tiles
        self.size = size
        self.cutter = np.random.default_rng(17)

    def __len__(self):
        return len(self.tiles)

    def __getitem__(self, index):
        tile = self.tiles[index]
        top, left = self.cutter.integers(0, tile.shape[-1] - self.size, 2)
        return torch.as_tensor(tile[:, top:top + self.size, left:left + self.size])
