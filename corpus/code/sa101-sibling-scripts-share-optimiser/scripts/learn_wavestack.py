"""Train the dilated-convolution bird-call tagger on the marsh recordings and print its clip accuracy."""
import argparse

import torch
from torch import nn


class WaveStack(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.body = nn.Sequential(nn.Conv1d(1, channels, 9, dilation=2), nn.ReLU(), nn.AdaptiveAvgPool1d(1))
        self.head = nn.Linear(channels, 14)

    def forward(self, clip):
        return self.head(self.body(clip).squeeze(-1))


def clips(count):
    return torch.randn(count, 1, 4000), torch.randint(0, 14, (count,))


def epoch(model, optimizer, audio, labels):
    optimizer.zero_grad()
    loss = nn.functional.cross_entropy(model(audio), labels)
    loss.backward()
    optimizer.step()
    return float(loss)


def main():
    parser = argparse.ArgumentParser(description="dilated-convolution tagger")
    parser.add_argument("--seed", type=int, default=404)
    parser.add_argument("--channels", type=int, default=48)
    parser.add_argument("--epochs", type=int, default=30)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    audio, labels = clips(256)
    model = WaveStack(args.channels)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-4)
    for _ in range(args.epochs):
        epoch(model, optimizer, audio, labels)
    print("wavestack", (model(audio).argmax(1) == labels).float().mean().item())


if __name__ == "__main__":
    main()
