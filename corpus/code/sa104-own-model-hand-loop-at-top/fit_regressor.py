"""Fits a small regressor to tabulated solubility values."""
import torch
from torch import nn


class Regressor(nn.Module):
    def __init__(self, features):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(features, 32), nn.ReLU(), nn.Linear(32, 1))

    def forward(self, x):
        return self.net(x)


if __name__ == "__main__":
    torch.manual_seed(2)  # expect: SA104
    inputs, targets = torch.randn(300, 12), torch.randn(300, 1)
    model = Regressor(12)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(200):
        optimiser.zero_grad()
        loss = nn.functional.mse_loss(model(inputs), targets)
        loss.backward()
        optimiser.step()
    print(loss.item())
