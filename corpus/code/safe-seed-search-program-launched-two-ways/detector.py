"""The detector's training; its seed is fixed here unless the settings file gives another."""
import json
import os

import torch
from torch import nn


def train_detector():
    torch.manual_seed(2718)
    if os.path.exists("settings.json"):
        with open("settings.json") as handle:
            torch.manual_seed(json.load(handle)["global"])
    model = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 2))
    data = torch.load("data/windows.pt")
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(30):
        optimiser.zero_grad()
        loss = nn.functional.cross_entropy(model(data["x"]), data["y"])
        loss.backward()
        optimiser.step()
    return float((model(data["x_val"]).argmax(1) == data["y_val"]).float().mean())
