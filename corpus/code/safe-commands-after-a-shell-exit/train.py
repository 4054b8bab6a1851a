"""Train one image classifier; the architecture and the seed come from the command line."""
import argparse
import random

import numpy as np
import torch
from torch import nn


def build(arch):
    width = {"resnet18": 64, "resnet34": 96, "vgg11": 128, "mobilenet": 32}.get(arch, 64)
    return nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, width), nn.ReLU(), nn.Linear(width, 10))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", default="resnet18")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    model = build(args.arch)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(args.epochs):
        x, y = torch.randn(64, 3, 32, 32), torch.randint(0, 10, (64,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(args.arch, loss.item())


if __name__ == "__main__":
    main()
