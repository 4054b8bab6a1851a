"""Trains the sensor-signal denoiser. Each run is a fresh draw: nothing is seeded on purpose, and the README reports
the spread of five runs."""
import argparse

import torch
from torch import nn


class Denoiser(nn.Module):
    def __init__(self, channels, hidden=64, dropout=0.1):
        super().__init__()
        self.encode = nn.GRU(channels, hidden, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.decode = nn.Linear(hidden, channels)

    def forward(self, signal):
        hidden, _ = self.encode(signal)
        return self.decode(self.drop(hidden))


def train_denoiser(signals, epochs):
    model = Denoiser(signals.shape[-1])
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        noisy = signals + 0.1 * torch.randn_like(signals)
        loss = nn.functional.mse_loss(model(noisy), signals)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    return model


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=40)
    args = parser.parse_args()
    signals = torch.load("signals.pt")
    model = train_denoiser(signals, args.epochs)
    torch.save({"state": model.state_dict()}, "denoiser.pt")
