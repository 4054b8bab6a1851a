"""What every trial script shares: build the sequence model a spec names, train it, log the loss."""
from dataclasses import dataclass

import torch
from torch import nn


@dataclass
class Spec:
    arch: str = "lstm"
    hidden: int = 64
    steps: int = 200


def build(spec):
    if spec.arch == "lstm":
        return nn.LSTM(16, spec.hidden, batch_first=True)
    if spec.arch == "tcn":
        return nn.Conv1d(16, spec.hidden, kernel_size=3, padding=1)
    raise ValueError(spec.arch)


def launch_trial(spec, seed=3):
    torch.manual_seed(seed)  # expect: SA101
    net = build(spec)
    optimiser = torch.optim.Adam(net.parameters(), lr=1e-3)
    for _ in range(spec.steps):
        x = torch.randn(8, 50, 16)
        out = net(x)[0] if spec.arch == "lstm" else net(x.transpose(1, 2))
        loss = out.pow(2).mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    print(spec, loss.item())
