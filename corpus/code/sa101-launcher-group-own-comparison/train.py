"""Train a keyword-spotting model with one of three encoders."""
import argparse

import torch
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--encoder", choices=("conv", "attention", "recurrent"), default="conv")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    width = {"conv": 16, "attention": 24, "recurrent": 32}[args.encoder]
    model = nn.Linear(40, width)
    for _ in range(args.epochs):
        model(torch.randn(8, 40)).sum().backward()
    print(args.encoder)


if __name__ == "__main__":
    main()
