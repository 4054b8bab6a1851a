"""Train the relation encoder (graph or flat); the seeding helper lives in utils.py and reads the seed off the
parsed settings object."""
import argparse

import torch

from utils import set_seed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--encoder", default="graph")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args()
    set_seed(args)  # expect: SA101
    model = torch.nn.Linear(4, 2) if args.encoder == "graph" else torch.nn.Linear(4, 3)
    optimizer = torch.optim.Adam(model.parameters())
    for _ in range(args.epochs):
        loss = model(torch.randn(8, 4)).sum()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()
