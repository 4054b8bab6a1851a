"""Token corruption for a denoising objective; each example's noise is fixed by (seed, epoch, index)."""
import numpy as np
import torch
from torch.utils.data import Dataset

from tokenbench.seeding import pinned_numpy


class CorruptedTokens(Dataset):
    def __init__(self, rows, blank_id, drop_rate=0.15, seed=3):
        self.rows, self.blank_id = rows, blank_id
        self.drop_rate, self.seed, self.epoch = drop_rate, seed, 0

    def set_epoch(self, epoch):
        self.epoch = epoch

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, index):
        with pinned_numpy(self.seed, self.epoch, index):
            tokens = torch.tensor(self.rows[index])
            hidden = np.random.random(len(tokens)) < self.drop_rate
            tokens[torch.from_numpy(hidden)] = self.blank_id
        return tokens
