"""Optimiser study on a small regression net; each epoch's batch order comes from a generator seeded by the epoch."""
import argparse

import numpy as np
import torch
from torch import nn

SEED = 7


def batches(inputs, targets, seed, size=32):
    order = np.random.RandomState(seed).permutation(len(inputs))
    for start in range(0, len(inputs), size):
        picked = order[start:start + size]
        yield inputs[picked], targets[picked]


def train(optimiser_name, epochs):
    torch.manual_seed(SEED)  # expect: SA101
    net = nn.Sequential(nn.Linear(8, 32), nn.Tanh(), nn.Linear(32, 1))
    optimiser = {"sgd": torch.optim.SGD, "adam": torch.optim.Adam}[optimiser_name](net.parameters(), lr=0.01)
    inputs, targets = torch.randn(512, 8), torch.randn(512, 1)
    for epoch in range(epochs):
        for x, y in batches(inputs, targets, seed=epoch):
            loss = nn.functional.mse_loss(net(x), y)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    return loss.item()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--optimizer", default="sgd")
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()
    print(train(args.optimizer, args.epochs))
