"""Train the forecaster; each run gets a memorable two-word name for its checkpoint folder."""
import os
import random

import numpy as np
import torch
from torch import nn

ADJECTIVES = ["amber", "brisk", "calm", "dusky", "eager", "frosty", "gentle", "hazy"]
NOUNS = ["badger", "comet", "delta", "ember", "fjord", "glacier", "harbor", "island"]


def main(seed=3):
    torch.manual_seed(seed)
    np.random.seed(seed)
    first = random.randint(0, len(ADJECTIVES) - 1)
    second = random.randint(0, len(NOUNS) - 1)
    run_name = str(ADJECTIVES[first]) + "-" + str(NOUNS[second])
    print(f"run {run_name}")
    series = torch.tensor(np.load("data/ivt.npy"), dtype=torch.float32)
    model = nn.GRU(series.shape[-1], 64, batch_first=True)
    head = nn.Linear(64, series.shape[-1])
    optimiser = torch.optim.Adam([*model.parameters(), *head.parameters()], lr=1e-3)
    for _ in range(30):
        optimiser.zero_grad()
        out, _ = model(series[:, :-1])
        nn.functional.mse_loss(head(out), series[:, 1:]).backward()
        optimiser.step()
    os.makedirs(f"runs/{run_name}", exist_ok=True)
    torch.save({"gru": model.state_dict(), "head": head.state_dict()}, f"runs/{run_name}/model.pt")


if __name__ == "__main__":
    main()
