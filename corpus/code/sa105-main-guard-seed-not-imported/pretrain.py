"""Pretraining script; its seeding runs only when it is executed, not when it is imported."""
import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self, width: int):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(32, width), nn.ReLU(), nn.Linear(width, 16))

    def forward(self, x):
        return self.body(x)


if __name__ == "__main__":
    torch.manual_seed(7)
    encoder = Encoder(64)
    torch.save(encoder.state_dict(), "encoder.pt")
