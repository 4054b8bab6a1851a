"""Data sets of this project: a contrastive crop sampler (draws in its items) and a plain frozen-feature set."""
import numpy as np
from torch.utils.data import Dataset
from torchvision.datasets import STL10


class TwoCropSTL(STL10):
    """Two random crops of each image, for contrastive pre-training."""

    def __getitem__(self, index):
        image, _ = super().__getitem__(index)
        left, top = np.random.randint(0, 32, size=2)
        return image[:, top:top + 64, left:left + 64], image


class FrozenFeatures(Dataset):
    """Features saved by the encoder, read back in order."""

    def __init__(self, path):
        self.rows = np.load(path)

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, index):
        return self.rows[index]
