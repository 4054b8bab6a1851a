"""Random square crops of microscopy tiles, drawn with numpy inside the workers."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class RandomCrops(Dataset):
    def __init__(self, tiles, size=64):
        self.tiles, self.size = tiles, size

    def __len__(self):
        return len(self.tiles)

    def __getitem__(self, index):
        tile = self.tiles[index]
        top = np.random.randint(0, tile.shape[0] - self.size)
        left = np.random.randint(0, tile.shape[1] - self.size)
        return torch.as_tensor(tile[top:top + self.size, left:left + self.size])


def crop_loader(tiles, seed=0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    return DataLoader(RandomCrops(tiles), batch_size=32, shuffle=True, num_workers=6)
