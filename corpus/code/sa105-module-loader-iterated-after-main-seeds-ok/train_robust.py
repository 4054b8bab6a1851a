"""Adversarial training script in the old style: the loaders are built at import, `main()` seeds, then trains."""
import argparse
import random

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=1)
parser.add_argument("--epsilon", type=float, default=0.03)
args = parser.parse_args()

images, labels = torch.zeros(256, 3, 8, 8), torch.zeros(256, dtype=torch.long)
train_loader = DataLoader(TensorDataset(images, labels), batch_size=32, shuffle=True)


def train_epoch(model, loader, optimiser):
    for x, y in loader:
        x_adv = (x + args.epsilon * torch.randn_like(x).sign()).clamp(0, 1)
        loss = nn.functional.cross_entropy(model(x_adv), y)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()


def main():
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    model = nn.Sequential(nn.Flatten(), nn.Linear(192, 10))
    optimiser = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(5):
        train_epoch(model, train_loader, optimiser)


if __name__ == "__main__":
    main()
