"""Fit a small regressor; the seed comes from the command line and the test RMSE is printed last."""
import argparse

import numpy as np
import torch
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--steps", type=int, default=200)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    x = torch.randn(256, 8)
    y = x.sum(dim=1, keepdim=True)
    model = nn.Linear(8, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(args.steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    print("test_rmse", float(loss.sqrt()))


if __name__ == "__main__":
    main()
