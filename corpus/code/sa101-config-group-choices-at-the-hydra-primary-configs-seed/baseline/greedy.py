"""The greedy sampling baseline, run over ten seeds for the benchmark table."""
import argparse

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
np.random.seed(args.seed)
torch.manual_seed(args.seed)
model = torch.nn.Linear(2, 1)
optimiser = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(100):
    points = torch.from_numpy(np.random.rand(32, 2)).float()
    loss = (model(points).squeeze(-1) - points.sum(-1)).pow(2).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
