"""Two anomaly detectors with one interface: fit on (X, y), then score new rows (higher = more anomalous)."""
import numpy as np
import torch
from torch import nn


class ForestDetector:
    def __init__(self, seed=0, trees=100):
        self.rng = np.random.default_rng(seed)
        self.trees = trees

    def fit(self, X, y):
        self.centre = X[self.rng.choice(len(X), size=min(len(X), 64), replace=False)].mean(axis=0)
        return self

    def predict_score(self, X):
        return np.linalg.norm(X - self.centre, axis=1)


class AutoencoderDetector:
    def __init__(self, seed=0, epochs=20):
        torch.manual_seed(seed)
        self.net = nn.Sequential(nn.Linear(20, 4), nn.ReLU(), nn.Linear(4, 20))
        self.epochs = epochs

    def fit(self, X, y):
        opt = torch.optim.Adam(self.net.parameters(), lr=1e-2)
        data = torch.as_tensor(X, dtype=torch.float32)
        for _ in range(self.epochs):
            loss = (self.net(data) - data).pow(2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        return self

    def predict_score(self, X):
        data = torch.as_tensor(X, dtype=torch.float32)
        return (self.net(data) - data).pow(2).mean(dim=1).detach().numpy()
