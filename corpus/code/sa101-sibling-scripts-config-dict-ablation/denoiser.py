"""A small convolutional denoiser whose width and depth come from a settings dict."""
import torch
from torch import nn


class Denoiser(nn.Module):
    def __init__(self, width, depth):
        super().__init__()
        layers = [nn.Conv1d(1, width, 5, padding=2), nn.GELU()]
        for _ in range(depth - 1):
            layers += [nn.Conv1d(width, width, 5, padding=2), nn.GELU()]
        self.body = nn.Sequential(*layers, nn.Conv1d(width, 1, 5, padding=2))

    def forward(self, signal):
        return signal - self.body(signal)


def fit(model, settings, clean):
    optimizer = torch.optim.AdamW(model.parameters(), lr=settings["train"]["lr"])
    for _ in range(settings["train"]["steps"]):
        noisy = clean + settings["train"]["noise"] * torch.randn_like(clean)
        loss = nn.functional.mse_loss(model(noisy), clean)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return float(loss)
