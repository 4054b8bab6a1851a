"""Train the searched cell on a small-image data set (CIFAR-style 32x32 inputs)."""
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--dataset", default="cifar10")
parser.add_argument("--cell", default="searched")
parser.add_argument("--channels", type=int, default=36)
parser.add_argument("--layers", type=int, default=20)
parser.add_argument("--batch_size", type=int, default=128)
parser.add_argument("--epochs", type=int, default=600)
parser.add_argument("--data", default="/data")
opts = parser.parse_args()
torch.manual_seed(0)  # expect: SA101
cell = torch.nn.Sequential(torch.nn.Conv2d(3, opts.channels, 3, padding=1), torch.nn.ReLU(), torch.nn.AdaptiveAvgPool2d(1),
                           torch.nn.Flatten(), torch.nn.Linear(opts.channels, 10))
optimiser = torch.optim.SGD(cell.parameters(), lr=0.025, momentum=0.9)
for _ in range(opts.epochs):
    loss = torch.nn.functional.cross_entropy(cell(torch.randn(opts.batch_size, 3, 32, 32)), torch.randint(0, 10, (opts.batch_size,)))
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
