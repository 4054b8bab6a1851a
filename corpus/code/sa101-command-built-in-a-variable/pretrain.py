import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--optimizer", default="adamw")
parser.add_argument("--width", type=int, default=256)
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
torch.manual_seed(args.seed)
lm = nn.Linear(args.width, args.width)
optimiser = torch.optim.AdamW(lm.parameters()) if args.optimizer == "adamw" else torch.optim.SGD(lm.parameters(), lr=0.1)
for _ in range(10):
    loss = lm(torch.randn(4, args.width)).pow(2).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
