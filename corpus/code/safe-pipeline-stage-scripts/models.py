"""The character encoder and the two stage models built on it."""
import torch
from torch import nn


class CharEncoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.embed = nn.Embedding(128, hidden)
        self.conv = nn.Conv1d(hidden, hidden, 3, padding=1)

    def forward(self, chars):
        return self.conv(self.embed(chars).transpose(1, 2)).transpose(1, 2)


class SpanMarker(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.encoder = CharEncoder(hidden)
        self.tags = nn.Linear(hidden, 3)

    def forward(self, chars):
        return self.tags(self.encoder(chars))


class QuantityLinker(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.encoder = CharEncoder(hidden)
        self.pair = nn.Bilinear(hidden, hidden, 1)

    def forward(self, chars, quantity_at, ingredient_at):
        states = self.encoder(chars)
        rows = torch.arange(len(chars))
        return self.pair(states[rows, quantity_at], states[rows, ingredient_at]).squeeze(-1)
