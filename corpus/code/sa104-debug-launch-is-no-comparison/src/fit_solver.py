"""Fit the equation solver; --debug runs a few hundred problems to try the code out."""
import argparse
import random

import numpy as np
import torch


def seed_everything():
    random.seed(0)  # expect: SA104
    np.random.seed(0)
    torch.manual_seed(0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--solver", default="tree")
    parser.add_argument("--head", type=int, default=-1)
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--run_name", default="main")
    args = parser.parse_args()
    seed_everything()
    model = torch.nn.Linear(6, 2)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(3):
        loss = model(torch.randn(4, 6)).pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()
