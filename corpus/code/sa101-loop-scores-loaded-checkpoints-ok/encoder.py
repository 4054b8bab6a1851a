"""The image encoder the federated runs trained."""
from torch import nn


class Encoder(nn.Module):
    def __init__(self, width=128):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, width), nn.ReLU(), nn.Linear(width, 32))

    def forward(self, x):
        return self.net(x)
