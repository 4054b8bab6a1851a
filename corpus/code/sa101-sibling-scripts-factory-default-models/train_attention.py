"""Arrhythmia classification from single-lead ECG windows."""
import argparse
import random

import numpy as np
import torch
from torch import nn

from networks import build_network


def train(args):
    model = build_network(args.arch, channels=1, classes=5)
    optimiser = torch.optim.Adam(model.parameters(), lr=args.lr)
    signals, labels = torch.randn(512, 1, 360), torch.randint(0, 5, (512,))
    for _ in range(args.epochs):
        optimiser.zero_grad()
        nn.functional.cross_entropy(model(signals), labels).backward()
        optimiser.step()
    return model


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", default="tcn_attention")
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    random.seed(args.seed)  # expect: SA101
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.save(train(args).state_dict(), f"{args.arch}.pt")
