"""The model of each ablation arm, and one training run scored on the validation split."""
import torch
from torch import nn


def build(arm, width):
    layers = [nn.Linear(64, width), nn.ReLU(), nn.Linear(width, 10)]
    if arm != "no_aux_loss":
        layers.append(nn.Dropout(0.1))
    return nn.Sequential(*layers)


def train_and_validate(model, lr, steps=500):
    data = torch.load("splits.pt")
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(steps):
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(data["train_x"]), data["train_y"]).backward()
        optimizer.step()
    with torch.no_grad():
        return nn.functional.cross_entropy(model(data["val_x"]), data["val_y"]).item()
