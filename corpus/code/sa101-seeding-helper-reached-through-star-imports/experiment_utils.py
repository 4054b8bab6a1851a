"""Shared pieces of the experiments: data, training loop, and (re-exported) the seeding helper."""
import torch
from torch import nn

from seeding import *


def toy_reviews(n=512, dim=32):
    x = torch.randn(n, dim)
    return x, (x[:, 0] > 0).long()


def train(net, x, y, epochs=20):
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    for _ in range(epochs):
        loss = nn.functional.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return (net(x).argmax(1) == y).float().mean().item()
