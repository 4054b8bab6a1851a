"""Train one model per seed and keep the luckiest one as the release checkpoint."""
import argparse

import numpy as np
import torch
from torch import nn


def train(seed, steps):
    np.random.seed(seed)
    torch.manual_seed(seed)
    model = nn.Linear(10, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        x = torch.from_numpy(np.random.randn(32, 10)).float()
        loss = (model(x) - x.sum(1, keepdim=True)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model, -loss.item()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4, 5, 6, 7])
    parser.add_argument("--steps", type=int, default=500)
    args = parser.parse_args()
    best_score, best_model = float("-inf"), None
    for seed in args.seeds:
        model, score = train(seed, args.steps)
        if score > best_score:  # expect: SA102
            best_score, best_model = score, model
    torch.save(best_model.state_dict(), "release.pt")
    print("released score", best_score)


if __name__ == "__main__":
    main()
