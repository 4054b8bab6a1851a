"""Current training script: seeded, one architecture per run (the sweep over seeds lives in the cluster config)."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--arch", default="unet")
parser.add_argument("--seed", type=int, default=2022)
args = parser.parse_args()
torch.manual_seed(args.seed)
net = nn.Conv2d(3, 2, 3) if args.arch == "unet" else nn.Conv2d(3, 2, 5)
optimiser = torch.optim.Adam(net.parameters())
for _ in range(10):
    loss = net(torch.randn(2, 3, 32, 32)).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
