"""Keyword spotting: mean pooling against attention pooling over the frame features, one training each."""
import torch
from torch import nn


class FramePool(nn.Module):
    def __init__(self, dim, attend):
        super().__init__()
        self.score = nn.Linear(dim, 1) if attend else None

    def forward(self, frames):
        if self.score is None:
            return frames.mean(1)
        weights = self.score(frames).softmax(1)
        return (weights * frames).sum(1)


def fit(encoder, steps=200):
    optimiser = torch.optim.AdamW(encoder.parameters(), lr=3e-4)
    for _ in range(steps):
        frames, words = torch.randn(32, 50, 40), torch.randint(0, 12, (32,))
        loss = nn.functional.cross_entropy(encoder(frames), words)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    return loss.item()


torch.manual_seed(2024)  # expect: SA101
final_loss = {}
for choice in ("mean", "attention"):
    if choice == "attention":
        encoder = nn.Sequential(FramePool(40, attend=True), nn.Linear(40, 12))
    else:
        encoder = nn.Sequential(FramePool(40, attend=False), nn.Linear(40, 12))
    final_loss[choice] = fit(encoder)
print(final_loss)
