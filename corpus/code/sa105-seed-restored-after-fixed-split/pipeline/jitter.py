"""Jitter kiln traces for augmentation: numpy is seeded here for good, torch is not."""
import numpy as np
import torch


def jitter(batch):
    np.random.seed(9)
    shift = np.random.randint(0, 4)
    return torch.roll(batch, shift, dims=-1) + 0.01 * torch.randn_like(batch)  # expect: SA105
