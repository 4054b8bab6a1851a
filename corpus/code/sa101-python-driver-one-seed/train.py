"""Fit one text classifier; the encoder and the seed come from the command line."""
import argparse
import random

import torch
from torch import nn


def encoder(name):
    hidden = {"gru": 48, "lstm": 64, "cnn": 32}[name]
    return nn.Sequential(nn.Linear(100, hidden), nn.Tanh(), nn.Linear(hidden, 2))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--encoder", default="gru")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    model = encoder(args.encoder)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(20):
        x, y = torch.randn(32, 100), torch.randint(0, 2, (32,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(args.encoder, loss.item())


if __name__ == "__main__":
    main()
