"""A token mixer that attends to a few random blocks; the block pattern is redrawn from a seed on every call so
that training and evaluation see the same pattern for the same seed."""
import numpy as np
import torch
from torch import nn


class BlockMixer(nn.Module):
    def __init__(self, width: int, blocks: int, picks: int):
        super().__init__()
        self.proj = nn.Linear(width, width)
        self.blocks, self.picks = blocks, picks

    def pattern(self, pattern_seed: int) -> np.ndarray:
        np.random.seed(pattern_seed)
        return np.stack([np.random.permutation(self.blocks)[: self.picks] for _ in range(self.blocks)])

    def forward(self, x: torch.Tensor, pattern_seed: int = 0) -> torch.Tensor:
        chosen = torch.as_tensor(self.pattern(pattern_seed))
        pieces = x.view(x.shape[0], self.blocks, -1, x.shape[-1])
        return self.proj(pieces[:, chosen].mean(dim=2).reshape_as(x))
