"""Segmentation training entry point."""
import argparse

import torch
from torch import nn

from tools.common import fix_seeds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="pointseg")
    parser.add_argument("--data", default="data/s3dis")
    args = parser.parse_args()
    fix_seeds(5)  # expect: SA101
    net = nn.Conv1d(3, 13, 1)
    opt = torch.optim.AdamW(net.parameters(), lr=1e-3)
    for _ in range(100):
        points, labels = torch.randn(8, 3, 1024), torch.randint(0, 13, (8, 1024))
        loss = nn.functional.cross_entropy(net(points), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(args.model, loss.item())


if __name__ == "__main__":
    main()
