"""Train a dependency parser; the validation pass samples its batches from a generator of its own, seeded apart."""
import argparse

import torch
from torch import nn


def build(arch, width):
    if arch == "biaffine":
        return nn.Sequential(nn.Linear(width, width), nn.Tanh(), nn.Linear(width, width))
    return nn.Sequential(nn.Linear(width, width), nn.ReLU(), nn.Linear(width, width))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", default="biaffine")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--valid-seed", type=int, default=None)
    parser.add_argument("--width", type=int, default=256)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    valid_gen = torch.Generator()
    if args.valid_seed is not None:
        valid_gen.manual_seed(args.valid_seed)
    data = torch.load("treebank.pt")
    model = build(args.arch, args.width)
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    for epoch in range(10):
        loss = (model(data["train"]) - data["train_heads"]).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        picks = torch.randint(len(data["dev"]), (512,), generator=valid_gen)
        print(epoch, (model(data["dev"][picks]) - data["dev_heads"][picks]).pow(2).mean().item())


if __name__ == "__main__":
    main()
