"""Train the searched cell on a larger-image data set (224x224 inputs)."""
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--dataset", default="flowers102")
parser.add_argument("--channels", type=int, default=36)
parser.add_argument("--layers", type=int, default=20)
parser.add_argument("--batch_size", type=int, default=128)
parser.add_argument("--epochs", type=int, default=600)
parser.add_argument("--data", default="/data")
parser.add_argument("--seed", type=int, default=0)
opts = parser.parse_args()
torch.manual_seed(opts.seed)
cell = torch.nn.Sequential(torch.nn.Conv2d(3, opts.channels, 3, padding=1), torch.nn.ReLU(), torch.nn.AdaptiveAvgPool2d(1),
                           torch.nn.Flatten(), torch.nn.Linear(opts.channels, 10))
optimiser = torch.optim.SGD(cell.parameters(), lr=0.025, momentum=0.9)
for _ in range(opts.epochs):
    loss = torch.nn.functional.cross_entropy(cell(torch.randn(opts.batch_size, 3, 224, 224)), torch.randint(0, 10, (opts.batch_size,)))
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
