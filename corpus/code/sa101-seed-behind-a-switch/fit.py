"""Fit a debiasing classifier on the coloured-digits benchmark; seeding is opt-in."""
import argparse
import random

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--method", choices=["erm", "reweight", "groupdro"], default="erm")
parser.add_argument("--conflict", default="1pct")
parser.add_argument("--pin-seed", action="store_true", help="make the run repeatable")
parser.add_argument("--seed", type=int, default=7)
args = parser.parse_args()

if args.pin_seed:
    random.seed(args.seed)  # expect: SA101
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
net = torch.nn.Linear(784, 10)
optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
for _ in range(100):
    optimizer.zero_grad()
    torch.nn.functional.cross_entropy(net(torch.randn(32, 784)), torch.randint(0, 10, (32,))).backward()
    optimizer.step()
print(args.method, args.conflict)
