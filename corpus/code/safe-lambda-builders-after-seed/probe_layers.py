"""Probe each layer type: the builders are lambdas, so their weights are drawn when main() calls them,
after the seed is set."""
import argparse

import torch
from torch import nn

BUILDERS = (
    ("linear", lambda: nn.Linear(16, 16)),
    ("conv", lambda: nn.Conv1d(16, 16, 3)),
    ("embedding", lambda: nn.Embedding(32, 16)),
)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    for name, build in BUILDERS:
        torch.manual_seed(args.seed)
        layer = build()
        print(name, sum(p.numel() for p in layer.parameters()))


if __name__ == "__main__":
    main()
