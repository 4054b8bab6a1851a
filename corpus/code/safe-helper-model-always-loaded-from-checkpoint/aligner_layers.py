"""Layers of the pretrained text-to-frame aligner."""
import random

import torch
from torch import nn

random.seed(0)


class Aligner(nn.Module):
    def __init__(self, tokens=80, hidden=192):
        super().__init__()
        self.embed = nn.Embedding(tokens, hidden)
        self.project = nn.Linear(hidden, 1)

    def forward(self, token_ids):
        return self.project(torch.tanh(self.embed(token_ids))).squeeze(-1)

    def jitter(self, durations):
        return [d + random.choice([-1, 0, 1]) for d in durations]
