"""Train the bridge model; the optimiser's settings, including how many iterations to run, live in one dict."""
import argparse

import numpy as np
import torch
from torch import nn
from tqdm import tqdm


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    opt = parser.parse_args()
    torch.manual_seed(opt.seed)
    np.random.seed(opt.seed)
    optimizer_args = {"lr": 1e-4, "num_itr": 200, "weight_decay": 0.0}
    data = torch.load("data/pairs.pt")
    loader = torch.utils.data.DataLoader(data, batch_size=128, shuffle=True)
    model = nn.Sequential(nn.Linear(16, 128), nn.SiLU(), nn.Linear(128, 16))
    optimiser = torch.optim.AdamW(model.parameters(), lr=optimizer_args["lr"], weight_decay=optimizer_args["weight_decay"])
    for it in tqdm(range(optimizer_args["num_itr"]), desc="Epoch"):
        for source, target in loader:
            optimiser.zero_grad()
            nn.functional.mse_loss(model(source), target).backward()
            optimiser.step()
    torch.save(model.state_dict(), "bridge.pt")


if __name__ == "__main__":
    main()
