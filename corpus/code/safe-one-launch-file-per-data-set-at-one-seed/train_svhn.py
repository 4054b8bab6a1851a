"""Train the reconstruction model used as an anomaly scorer on svhn (one program per data set)."""
import argparse

import numpy as np
import torch
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dataset", default="svhn")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    x = torch.randn(512, 6)
    scorer = nn.Sequential(nn.Linear(6, 3), nn.ReLU(), nn.Linear(3, 6))
    opt = torch.optim.Adam(scorer.parameters(), lr=1e-3)
    for _ in range(50):
        loss = (scorer(x) - x).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(args.dataset, "svhn", (scorer(x) - x).pow(2).mean(1).topk(10).values.mean().item())


if __name__ == "__main__":
    main()
