"""Train a tiny segmentation head with the chosen decoder and loss."""
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--decoder", default="linear")
parser.add_argument("--loss", default="dice")
parser.add_argument("--epochs", type=int, default=3)
parser.add_argument("--seed", type=int, default=0)
parser.add_argument("--out", default="runs")
opts = parser.parse_args()
torch.manual_seed(opts.seed)
width = 16 if opts.decoder == "linear" else 32
head = torch.nn.Sequential(torch.nn.Conv2d(3, width, 3, padding=1), torch.nn.ReLU(), torch.nn.Conv2d(width, 2, 1))
optimiser = torch.optim.Adam(head.parameters(), lr=1e-3)
for _ in range(opts.epochs):
    images, masks = torch.randn(4, 3, 32, 32), torch.randint(0, 2, (4, 32, 32))
    loss = torch.nn.functional.cross_entropy(head(images), masks)
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
