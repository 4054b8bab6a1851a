"""Our sparse model against the dense baseline."""
import statistics

import torch
from torch import nn


def train_model(kind, seed=0):
    torch.manual_seed(seed)
    hidden = 256 if kind == "dense" else 64
    model = nn.Sequential(nn.Linear(20, hidden), nn.ReLU(), nn.Linear(hidden, 1))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(100):
        x = torch.randn(64, 20)
        loss = (model(x) - x[:, :1]).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


ours = [train_model("sparse", seed=seed) for seed in range(8)]
dense = train_model("dense")  # expect: SA103
print(f"ours {statistics.mean(ours):.4f} +- {statistics.stdev(ours):.4f}, dense {dense:.4f}")
