"""Fully supervised segmentation baseline (2d)."""
import argparse
import random

import numpy as np
import torch
from torch import nn

from nets import make_net


def train(args):
    net = make_net(args.model, classes=2)
    optimiser = torch.optim.SGD(net.parameters(), lr=args.base_lr, momentum=0.9)
    shape = (4, 1, 64, 64) if args.model == "unet" else (2, 1, 32, 64, 64)
    for _ in range(args.max_iterations):
        images = torch.randn(shape)
        labels = torch.randint(0, 2, (shape[0], *shape[2:]))
        optimiser.zero_grad()
        nn.functional.cross_entropy(net(images), labels).backward()
        optimiser.step()
    return net


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--root_path", default="../data/cardiac_slices")
    parser.add_argument("--model", default="unet")
    parser.add_argument("--base_lr", type=float, default=0.01)
    parser.add_argument("--max_iterations", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=1337)
    args = parser.parse_args()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.save(train(args).state_dict(), f"{args.model}.pt")
