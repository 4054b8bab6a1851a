"""Input jitter for a probe: numpy picks the rows, torch makes the noise."""
import numpy as np
import torch


def jitter(batch, seed):
    torch.manual_seed(seed)
    rows = np.random.choice(len(batch), size=2)  # expect: SA105
    return batch[rows] + 0.01 * torch.randn(2, batch.shape[1])
