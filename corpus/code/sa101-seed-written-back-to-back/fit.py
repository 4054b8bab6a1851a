"""Fit one forecaster on the load series; the run options come from the caller or the command line."""
import argparse

import torch
from torch import nn


def options():
    parser = argparse.ArgumentParser()
    parser.add_argument("--horizon", type=int, default=24)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--cell", default="gru")
    return parser.parse_args()


def train_forecaster(opts):
    torch.manual_seed(opts.seed)
    cell = nn.GRU if opts.cell == "gru" else nn.LSTM
    rnn, head = cell(8, 32, batch_first=True), nn.Linear(32, opts.horizon)
    optimiser = torch.optim.Adam(list(rnn.parameters()) + list(head.parameters()), lr=3e-3)
    for _ in range(50):
        series = torch.randn(16, 96, 8)
        out, _ = rnn(series)
        loss = head(out[:, -1]).pow(2).mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    return loss.item()


if __name__ == "__main__":
    print(train_forecaster(options()))
