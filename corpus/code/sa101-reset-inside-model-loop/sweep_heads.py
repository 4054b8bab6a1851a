"""Fit each prediction head on the same features and print its validation loss."""
import numpy as np
import torch
from torch import nn

np.random.seed(1)  # the synthetic features below


def candidate_models():
    return {"linear": nn.Linear(32, 4), "two_layer": nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 4))}


def train_head(head, features, labels, steps=200):
    opt = torch.optim.Adam(head.parameters(), lr=1e-3)
    for _ in range(steps):
        loss = nn.functional.cross_entropy(head(features), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


features = torch.tensor(np.random.randn(512, 32), dtype=torch.float32)
labels = torch.tensor(np.random.randint(0, 4, 512))
for name, model in candidate_models().items():
    torch.manual_seed(7)  # expect: SA101
    print(name, train_head(model, features, labels))
