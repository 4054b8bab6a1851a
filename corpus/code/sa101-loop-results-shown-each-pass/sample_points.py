"""How many sampled points does the classifier need? Train it for each sampling budget and print the accuracies."""
import argparse

import numpy as np
import torch
from torch import nn


def run(args):
    data = np.load(args.data)
    keep = np.random.choice(data["x"].shape[1], args.points, replace=False)
    x = torch.as_tensor(data["x"][:, keep]).float().flatten(1)
    y = torch.as_tensor(data["y"]).long()
    model = nn.Sequential(nn.Linear(x.shape[1], 128), nn.ReLU(), nn.Linear(128, 40))
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    for _ in range(args.epochs):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(x[:8000]), y[:8000]).backward()
        optimizer.step()
    with torch.no_grad():
        return (model(x[8000:]).argmax(-1) == y[8000:]).float().mean().item()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="clouds.npz")
    parser.add_argument("--points", type=int, default=32)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=200)
    args = parser.parse_args()
    np.random.seed(99)  # expect: SA101
    torch.manual_seed(99)
    accuracies = []
    for budget in [16, 32, 64, 128]:
        args.points = budget
        accuracies.append(run(args))
        print(accuracies)
