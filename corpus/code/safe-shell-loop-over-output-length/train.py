"""Fit a linear forecaster mapping the last input_len steps to the next output_len steps; print the test MSE."""
import argparse

import numpy as np
import torch
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="solar")
    parser.add_argument("--input_len", type=int, default=336)
    parser.add_argument("--output_len", type=int, default=96)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)

    series = torch.tensor(np.load(f"data/{args.data}.npy"), dtype=torch.float32)
    span = args.input_len + args.output_len
    windows = series.unfold(0, span, 1)
    cut = int(0.8 * len(windows))
    x_train, y_train = windows[:cut, :args.input_len], windows[:cut, args.input_len:]
    x_test, y_test = windows[cut:, :args.input_len], windows[cut:, args.input_len:]
    model = nn.Linear(args.input_len, args.output_len)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(args.epochs):
        for batch in torch.randperm(cut).split(256):
            optimiser.zero_grad()
            nn.functional.mse_loss(model(x_train[batch]), y_train[batch]).backward()
            optimiser.step()
    with torch.no_grad():
        print(args.output_len, nn.functional.mse_loss(model(x_test), y_test).item())


if __name__ == "__main__":
    main()
