"""One forecaster trained on one partition of the meters; the partition is picked by number."""
import argparse
import os

import numpy as np
import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--part", type=int, default=0)
parser.add_argument("--steps", type=int, default=100)
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
torch.manual_seed(args.seed)
series = np.load(os.path.join("partitions", "meters_{}.npy".format(args.part)))
forecaster = nn.Linear(24, 1)
optimiser = torch.optim.Adam(forecaster.parameters(), lr=1e-3)
inputs = torch.as_tensor(series[:, :24], dtype=torch.float32)
targets = torch.as_tensor(series[:, 24:25], dtype=torch.float32)
for _ in range(args.steps):
    loss = nn.functional.mse_loss(forecaster(inputs), targets)
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
print(f"part {args.part}: {loss.item():.4f}")
