"""Fit a small recurrent forecaster on the load series at the seed given on the command line."""
import argparse

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=0)
parser.add_argument("--horizon", type=int, default=24)
args = parser.parse_args()
torch.manual_seed(args.seed)
np.random.seed(args.seed)
series = torch.tensor(np.load("load.npy"), dtype=torch.float32)
model = torch.nn.LSTM(1, 32, batch_first=True)
head = torch.nn.Linear(32, args.horizon)
optimiser = torch.optim.Adam([*model.parameters(), *head.parameters()], lr=3e-3)
for epoch in range(50):
    start = np.random.randint(0, len(series) - 200)
    window = series[start:start + 168].view(1, -1, 1)
    hidden, _ = model(window)
    loss = (head(hidden[:, -1]) - series[start + 168:start + 168 + args.horizon]).pow(2).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
print(f"{args.seed}\t{loss.item():.4f}")
