"""Two small predictors over precomputed molecule fingerprints."""
import torch
from torch import nn


def build_predictor(spec):
    width = spec.get("width", 256)
    if spec["kind"] == "mlp":
        return nn.Sequential(nn.Linear(2048, width), nn.ReLU(), nn.Dropout(0.2), nn.Linear(width, 1))
    return nn.Sequential(nn.Linear(2048, width), nn.Tanh(), nn.Linear(width, width), nn.Tanh(), nn.Linear(width, 1))


def train_epochs(model, batches, epochs, lr):
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(epochs):
        for x, y in batches:
            optimizer.zero_grad()
            nn.functional.l1_loss(model(x).squeeze(-1), y).backward()
            optimizer.step()


def mae(model, batches):
    model.eval()
    with torch.no_grad():
        errors = [(model(x).squeeze(-1) - y).abs() for x, y in batches]
    return torch.cat(errors).mean().item()
