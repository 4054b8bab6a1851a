"""GraphSAGE trained over a graph cut into as many shards as there are GPUs (timing runs)."""
import argparse
import time

import torch
from torch import nn


def options():
    parser = argparse.ArgumentParser(description="timing of sharded GraphSAGE epochs")
    parser.add_argument("--shards", type=int, default=1, help="one shard per GPU")
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args()


def main():
    args = options()
    torch.manual_seed(args.seed)
    layers = nn.ModuleList(nn.Linear(64 if i == 0 else args.hidden, args.hidden) for i in range(args.shards))
    optimizer = torch.optim.Adam(layers.parameters(), lr=1e-3)
    start = time.perf_counter()
    for _ in range(20):
        features = torch.randn(1024, 64)
        loss = sum(layer(features if i == 0 else torch.randn(1024, args.hidden)).pow(2).mean() for i, layer in enumerate(layers))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    print(args.shards, time.perf_counter() - start)


if __name__ == "__main__":
    main()
