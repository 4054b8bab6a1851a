"""Kelp canopy segmenter: trained on this folder's drone tiles only (the coral folder has its own trainer)."""
import argparse

import torch
from torch import nn

cli = argparse.ArgumentParser()
cli.add_argument("--holdout", action="store_true")
cli.add_argument("--arch", "-a", default="smallconv")
cli.add_argument("--steps", type=int, default=200)
opts = cli.parse_args()

torch.manual_seed(1)  # expect: SA104
width = 8 if opts.arch == "smallconv" else 32
segmenter = nn.Sequential(nn.Conv2d(4, width, 3, padding=1), nn.ReLU(), nn.Conv2d(width, 1, 1))
adam = torch.optim.Adam(segmenter.parameters(), lr=3e-4)
tiles, masks = torch.rand(8, 4, 64, 64), (torch.rand(8, 1, 64, 64) > 0.5).float()
for step in range(opts.steps):
    adam.zero_grad()
    bce = nn.functional.binary_cross_entropy_with_logits(segmenter(tiles), masks)
    bce.backward()
    adam.step()
print(opts.arch, opts.holdout, bce.item())
