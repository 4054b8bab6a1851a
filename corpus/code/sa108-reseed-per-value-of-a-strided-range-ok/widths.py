"""Validation loss of the MLP for hidden widths from lo to hi; every width starts from the same seed (common random
numbers), so the curve shows the width, not the draw."""
import torch
from torch import nn


def fit(width, data):
    model = nn.Sequential(nn.Linear(20, width), nn.ReLU(), nn.Linear(width, 1))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(300):
        optimizer.zero_grad()
        nn.functional.mse_loss(model(data["x"]), data["y"]).backward()
        optimizer.step()
    with torch.no_grad():
        return nn.functional.mse_loss(model(data["vx"]), data["vy"]).item()


if __name__ == "__main__":
    data = torch.load("regression.pt")
    lo, hi, step = 8, 129, 8
    for k in range(lo, hi, step):
        torch.manual_seed(0)
        print(k, fit(k, data))
