"""The denoiser and the diffusion sampler the training script uses."""
from collections import namedtuple

import torch
from torch import nn

Prediction = namedtuple("Prediction", ["noise", "start"])


class Denoiser(nn.Module):
    def __init__(self, width=64):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(width + 1, 128), nn.SiLU(), nn.Linear(128, width))

    def forward(self, x, t):
        return self.net(torch.cat([x, t[:, None].float()], dim=1))


class DiffusionSampler(nn.Module):
    def __init__(self, model, steps=100):
        super().__init__()
        self.model, self.steps = model, steps

    def loss(self, x):
        t = torch.randint(0, self.steps, (x.shape[0],))
        noise = torch.randn_like(x)
        noisy = x + noise * (t[:, None].float() / self.steps)
        return nn.functional.mse_loss(self.model(noisy, t), noise)
