"""Trains one member of a deep ensemble; uncertainty: for a deterministic model the softmax entropy, for the
ensemble the mutual information of its members."""
import argparse

import torch
import torch.backends.cudnn as cudnn
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--member", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(100 + args.member)
    cudnn.benchmark = True
    net = nn.Sequential(nn.Conv2d(3, 16, 3), nn.ReLU(), nn.Flatten(), nn.Linear(16 * 30 * 30, 10))
    optimiser = torch.optim.SGD(net.parameters(), lr=0.05)
    for _ in range(20):
        optimiser.zero_grad()
        nn.functional.cross_entropy(net(torch.randn(8, 3, 32, 32)), torch.randint(0, 10, (8,))).backward()
        optimiser.step()
    torch.save(net.state_dict(), f"member_{args.member}.pt")


if __name__ == "__main__":
    main()
