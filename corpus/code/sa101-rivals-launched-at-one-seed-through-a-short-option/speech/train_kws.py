"""Train one keyword-spotting network on log-mel frames."""
import torch
from torch import nn

from cli import read_options

opts = read_options()
torch.manual_seed(opts.rng_seed)
layers = {"ds_cnn": nn.Conv1d(40, 64, 3), "crnn": nn.GRU(40, 64), "tc_resnet": nn.Conv1d(40, 48, 9)}
network = layers[opts.arch]
optimiser = torch.optim.Adam(network.parameters(), lr=1e-3)
for epoch in range(opts.epochs):
    frames = torch.randn(32, 40, 98)
    loss = network(frames if opts.arch != "crnn" else frames.transpose(1, 2))[0].pow(2).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
