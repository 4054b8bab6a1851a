"""The held-out order comes from a generator of its own, made before the run's seed is set."""
import argparse

import torch
from torch import nn


def main(seed):
    order_generator = torch.Generator().manual_seed(1234)
    order = torch.randperm(500, generator=order_generator)
    held_out, kept = order[:100], order[100:]
    torch.manual_seed(seed)
    net = nn.Linear(4, 1)
    optimiser = torch.optim.SGD(net.parameters(), lr=0.1)
    features = torch.randn(500, 4)
    for _ in range(20):
        optimiser.zero_grad()
        net(features[kept]).pow(2).mean().backward()
        optimiser.step()
    print(net(features[held_out]).pow(2).mean().item())


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, required=True)
    main(parser.parse_args().seed)
