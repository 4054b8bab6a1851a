"""The sampler as it was before the refactor into diffusion.py; kept for reference, imported by nothing."""
from collections import namedtuple
from random import random

import numpy as np
import torch
from torch import nn

Prediction = namedtuple("Prediction", ["noise", "start"])


class SelfConditionedSampler(nn.Module):
    def __init__(self, model, steps=100, self_condition=True):
        super().__init__()
        self.model, self.steps, self.self_condition = model, steps, self_condition

    def loss(self, x):
        t = torch.randint(0, self.steps, (x.shape[0],))
        noise = torch.randn_like(x)
        noisy = x + noise * (t[:, None].float() / self.steps)
        if self.self_condition and random() < 0.5:
            with torch.no_grad():
                noisy = noisy + 0.1 * self.model(noisy, t)
        return nn.functional.mse_loss(self.model(noisy, t), noise)


class Trainer:
    def __init__(self, sampler, fields, seed=11):
        torch.manual_seed(seed)
        np.random.seed(seed)
        self.sampler, self.fields = sampler, fields
        self.optimiser = torch.optim.Adam(sampler.parameters(), lr=2e-4)

    def train(self, epochs=100):
        for _ in range(epochs):
            for batch in self.fields.split(256):
                self.optimiser.zero_grad()
                self.sampler.loss(batch).backward()
                self.optimiser.step()
