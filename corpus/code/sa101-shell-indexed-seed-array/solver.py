"""Train a small language model with the optimizer named on the command line."""
import argparse

import torch
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--optimizer", default="sgd")
    parser.add_argument("--momentum", type=float, default=0.0)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--corpus", default="small")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    model = nn.Linear(32, 32)
    if args.optimizer == "sgd":
        opt = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=args.momentum)
    else:
        opt = torch.optim.Adagrad(model.parameters(), lr=args.lr)
    for _ in range(10):
        loss = model(torch.randn(8, 32)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(args.optimizer, loss.item())


if __name__ == "__main__":
    main()
