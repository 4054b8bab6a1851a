"""The one training routine every run script calls."""
import random

import numpy as np
import torch
from torch import nn


def fit_model(config, seed=0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    data = torch.load(config["data"])
    layer = nn.GRU if config["cell"] == "gru" else nn.LSTM
    rnn, head = layer(32, config["width"], batch_first=True), nn.Linear(config["width"], 5)
    optimizer = torch.optim.Adam([*rnn.parameters(), *head.parameters()], lr=config["lr"])
    for _ in range(config["epochs"]):
        for x, y in data["train"]:
            optimizer.zero_grad()
            nn.functional.cross_entropy(head(rnn(x)[0][:, -1]), y).backward()
            optimizer.step()
    with torch.no_grad():
        right = sum((head(rnn(x)[0][:, -1]).argmax(-1) == y).sum().item() for x, y in data["test"])
    print(config["cell"], seed, right / sum(len(y) for _, y in data["test"]))
