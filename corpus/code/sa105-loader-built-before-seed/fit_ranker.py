"""Fit a click ranker; the loaders are built first, then the seed, then training iterates them."""
import argparse

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def fit(loader: DataLoader, epochs: int) -> nn.Module:
    ranker = nn.Sequential(nn.Linear(24, 48), nn.Tanh(), nn.Linear(48, 1))
    opt = torch.optim.Adagrad(ranker.parameters(), lr=0.05)
    for _ in range(epochs):
        for x, y in loader:
            loss = nn.functional.binary_cross_entropy_with_logits(ranker(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return ranker


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=6)
    args = parser.parse_args()
    sessions = DataLoader(TensorDataset(torch.zeros(640, 24), torch.zeros(640, 1)), batch_size=32, shuffle=True)
    # building the loader draws nothing: its order is drawn when `fit` iterates it, after this seed
    torch.manual_seed(args.seed)
    fit(sessions, args.epochs)


if __name__ == "__main__":
    main()
