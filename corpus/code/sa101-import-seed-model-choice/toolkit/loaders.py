"""Point clouds for the part-segmentation benchmark."""
import determinism  # noqa: F401  (seeds on import)
import torch
from torch.utils.data import TensorDataset


def part_clouds(count=160):
    return TensorDataset(torch.randn(count, 1024, 3), torch.randint(0, 4, (count, 1024)))
