import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--dataset", default="mnist")
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
torch.manual_seed(args.seed)
layer = nn.Linear(1433, 7)  # the gcn layer stands in here
optimiser = torch.optim.Adam(layer.parameters(), lr=0.01)
for _ in range(200):
    loss = layer(torch.randn(64, 1433)).logsumexp(1).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
