"""Ablation of a tabular MLP: each row trains with early stopping, then the best epoch's weights are reloaded."""
import random

import numpy as np
import torch
from torch import nn

random.seed(11)  # expect: SA101
np.random.seed(11)
torch.manual_seed(11)


def build(width, dropout):
    return nn.Sequential(nn.Linear(20, width), nn.ReLU(), nn.Dropout(dropout), nn.Linear(width, 2))


def fit_with_early_stopping(width, dropout, data, path, epochs=40):
    x_train, y_train, x_val, y_val = data
    net = build(width, dropout)
    optimiser = torch.optim.AdamW(net.parameters(), lr=3e-3)
    best = 0.0
    for _ in range(epochs):
        net.train()
        optimiser.zero_grad()
        nn.functional.cross_entropy(net(x_train), y_train).backward()
        optimiser.step()
        net.eval()
        accuracy = (net(x_val).argmax(1) == y_val).float().mean().item()
        if accuracy > best:
            best = accuracy
            torch.save(net.state_dict(), path)
    return net, best


VARIANTS = [
    {"label": "narrow", "width": 32, "dropout": 0.0},
    {"label": "wide", "width": 256, "dropout": 0.0},
    {"label": "wide + dropout", "width": 256, "dropout": 0.3},
]

data = (torch.randn(800, 20), torch.randint(0, 2, (800,)), torch.randn(200, 20), torch.randint(0, 2, (200,)))
table = []
for variant in VARIANTS:
    path = f"best_{variant['label'].replace(' ', '_')}.pt"
    net, best = fit_with_early_stopping(variant["width"], variant["dropout"], data, path)
    net.load_state_dict(torch.load(path))
    table.append((variant["label"], best))
for label, accuracy in table:
    print(f"{label:<16} {accuracy:.3f}")
