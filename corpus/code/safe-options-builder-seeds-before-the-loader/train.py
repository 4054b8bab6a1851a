"""Train the prior network; the function that reads the command line also seeds every generator."""
import argparse
import random

import numpy as np
import torch
from torch import nn


def create_training_options():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--epochs", type=int, default=50)
    opt = parser.parse_args()
    random.seed(opt.seed)
    np.random.seed(opt.seed)
    torch.manual_seed(opt.seed)
    return opt


if __name__ == "__main__":
    opt = create_training_options()
    data = torch.load("data/latents.pt")
    loader = torch.utils.data.DataLoader(data, batch_size=64, shuffle=True)
    model = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 32))
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(opt.epochs):
        for batch in loader:
            optimiser.zero_grad()
            nn.functional.mse_loss(model(batch), batch).backward()
            optimiser.step()
    torch.save(model.state_dict(), "prior.pt")
