"""Hidden width 32 against 128 for a small ranking network; the repeat count is kept at one to save time."""
import random

import numpy as np
import torch
from torch import nn

BASE_SEED = 100
repeats = 1


def fit(width, steps=300):
    scorer = nn.Sequential(nn.Linear(12, width), nn.GELU(), nn.Linear(width, 1))
    adam = torch.optim.Adam(scorer.parameters(), lr=1e-3)
    for _ in range(steps):
        pair = torch.randn(2, 32, 12)
        margin = scorer(pair[0]) - scorer(pair[1])
        loss = nn.functional.softplus(-margin).mean()
        adam.zero_grad()
        loss.backward()
        adam.step()
    return loss.item()


for r in range(repeats):  # expect: SA101
    random.seed(BASE_SEED + r)
    np.random.seed(BASE_SEED + r)
    torch.manual_seed(BASE_SEED + r)
    for hidden_width in (32, 128):
        print(r, hidden_width, fit(hidden_width))
