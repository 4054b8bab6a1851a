"""Fit a small answer ranker; the folder was copied from a Mac, so every file has a binary metadata twin."""
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()

torch.manual_seed(args.seed)
ranker = torch.nn.Linear(12, 1)
optimizer = torch.optim.SGD(ranker.parameters(), lr=0.1)
for step in range(50):
    loss = ranker(torch.randn(8, 12)).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
