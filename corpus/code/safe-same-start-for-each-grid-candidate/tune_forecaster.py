"""Grid search for the forecaster on the validation window; every candidate starts from the same weights."""
import itertools

import torch
from torch import nn

SEARCH_SEED = 8
GRID = {"hidden": [32, 64], "dropout": [0.0, 0.2], "batch_size": [16, 64]}


def validation_loss(model, batch_size):
    x, y = torch.randn(batch_size, 24), torch.randn(batch_size, 1)
    return nn.functional.mse_loss(model(x), y).item()


ranked = []
for k, (hidden, dropout, batch_size) in enumerate(itertools.product(*GRID.values())):
    torch.manual_seed(SEARCH_SEED)  # the same initial weights for every candidate
    model = nn.Sequential(nn.Linear(24, hidden), nn.ReLU(), nn.Dropout(dropout), nn.Linear(hidden, 1))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(30):
        x, y = torch.randn(batch_size, 24), torch.randn(batch_size, 1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    ranked.append((validation_loss(model, batch_size), hidden, dropout, batch_size))
print(min(ranked))
