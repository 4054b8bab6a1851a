"""Implicit-feedback recommenders trained with sampled negatives."""
import argparse
import random

import numpy as np
import torch
from torch import nn


class MF(nn.Module):
    def __init__(self, users, items, dim):
        super().__init__()
        self.users, self.items = nn.Embedding(users, dim), nn.Embedding(items, dim)

    def forward(self, u, i):
        return (self.users(u) * self.items(i)).sum(-1)


class DeepMF(MF):
    def __init__(self, users, items, dim):
        super().__init__(users, items, dim)
        self.head = nn.Linear(dim, dim)

    def forward(self, u, i):
        return (self.head(self.users(u)) * self.items(i)).sum(-1)


MODELS = {"mf": MF, "deepmf": DeepMF}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="mf", choices=sorted(MODELS))
    parser.add_argument("--sampling", type=int, default=4, help="negatives drawn per observed interaction")
    parser.add_argument("--epochs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=2020)
    args = parser.parse_args()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    model = MODELS[args.model](943, 1682, 32)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    users, items = torch.randint(0, 943, (4096,)), torch.randint(0, 1682, (4096,))
    for _ in range(args.epochs):
        negatives = torch.randint(0, 1682, (4096 * args.sampling,))
        positive = model(users, items)
        negative = model(users.repeat(args.sampling), negatives)
        loss = -nn.functional.logsigmoid(positive.repeat(args.sampling) - negative).mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    print(args.model, loss.item())


if __name__ == "__main__":
    main()
