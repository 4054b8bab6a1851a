"""Keyword spotting on a small speech-commands subset; `--rounds` repeats the whole experiment."""
import argparse
import random

import numpy as np
import torch
from torch import nn

from models import build_model


def seed_all(value):
    random.seed(value)
    np.random.seed(value)
    torch.manual_seed(value)


def run_once(args):
    model = build_model(args.arch, n_classes=12)
    optimiser = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=0.9)
    features = torch.randn(256, 40, 101)
    labels = torch.randint(0, 12, (256,))
    for _ in range(args.epochs):
        optimiser.zero_grad()
        loss = nn.functional.cross_entropy(model(features), labels)
        loss.backward()
        optimiser.step()
    return loss.item()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", default="tc_resnet")
    parser.add_argument("--lr", type=float, default=0.05)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    base = 7
    for r in range(args.rounds):
        seed_all(base + r)
        print(args.arch, r, run_once(args))


if __name__ == "__main__":
    main()
