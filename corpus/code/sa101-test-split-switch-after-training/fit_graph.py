"""Train a residual graph network for a fixed number of epochs; --report-test scores the test nodes at the end
instead of the validation nodes."""
import argparse
import random

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--graph", default="citations")
parser.add_argument("--depth", type=int, default=16)
parser.add_argument("--gated", action="store_true")
parser.add_argument("--test", action="store_true")
parser.add_argument("--seed", type=int, default=7)
args = parser.parse_args()

random.seed(args.seed)  # expect: SA101
np.random.seed(args.seed)
torch.manual_seed(args.seed)

features = torch.randn(50, 8)
labels = torch.randint(0, 3, (50,))
net = torch.nn.Sequential(*[torch.nn.Linear(8, 8) for _ in range(args.depth)], torch.nn.Linear(8, 3))
opt = torch.optim.Adam(net.parameters(), lr=0.01)


def train():
    net.train()
    opt.zero_grad()
    loss = torch.nn.functional.cross_entropy(net(features[:30]), labels[:30])
    loss.backward()
    opt.step()
    return float(loss)


for epoch in range(100):
    train()

if args.test:
    picked = slice(40, 50)
else:
    picked = slice(30, 40)
print((net(features[picked]).argmax(1) == labels[picked]).float().mean())
