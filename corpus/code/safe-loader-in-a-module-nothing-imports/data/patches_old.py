"""The first patch loader, drawing crops from numpy's global generator; superseded by patches.py and imported by
nothing any more."""
import numpy as np
from torch.utils.data import DataLoader, Dataset


class OldPatches(Dataset):
    def __init__(self, volume, size=32):
        self.volume, self.size = volume, size

    def __len__(self):
        return 10_000

    def __getitem__(self, index):
        x, y = np.random.randint(0, self.volume.shape[-1] - self.size, size=2)
        return self.volume[..., x:x + self.size, y:y + self.size]


def old_patch_loader(volume, batch_size=64):
    return DataLoader(OldPatches(volume), batch_size=batch_size, shuffle=True, num_workers=4)
