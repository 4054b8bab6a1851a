"""Fit a kiln temperature forecaster on the held-out split; the seed comes from the command line."""
import argparse

import numpy as np
import torch

from pipeline.folds import dequantize, hold_out

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, required=True)
parser.add_argument("--epochs", type=int, default=20)
args = parser.parse_args()

torch.manual_seed(args.seed)
np.random.seed(args.seed)
traces = [torch.randint(0, 255, (32,)).float() for _ in range(100)]
train, held = hold_out(traces)
model = torch.nn.Linear(32, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(args.epochs):
    for trace in train:
        optimizer.zero_grad()
        loss = model(dequantize(trace)).pow(2).mean()
        loss.backward()
        optimizer.step()
print(len(held), float(loss))
