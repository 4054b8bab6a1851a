"""Train a retina-vessel segmenter; `--batch-norm` picks batch or group normalisation, `--batch` is the batch size."""
import argparse

import torch
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch-norm", type=int, default=1, help="1: batch norm after each conv, 0: group norm")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    norm = nn.BatchNorm2d(8) if args.batch_norm else nn.GroupNorm(2, 8)
    net = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), norm, nn.ReLU(), nn.Conv2d(8, 1, 1))
    opt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
    for _ in range(40):
        loss = net(torch.rand(args.batch, 3, 48, 48)).sigmoid().mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
