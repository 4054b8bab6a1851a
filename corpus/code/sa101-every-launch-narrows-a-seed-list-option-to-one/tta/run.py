"""Adapt a source model on a corrupted test stream, once per seed, and print the error of each run."""
import random

import numpy as np
import torch
from torch import nn

import tta.options as options


def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def adapt(method, stream):
    model = nn.Sequential(nn.Linear(16, 16), nn.BatchNorm1d(16), nn.Linear(16, 5))
    if method == "source":
        return model(stream)
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    for batch in stream.split(32):
        probs = model(batch).softmax(1)
        entropy = -(probs * probs.log()).sum(1).mean()
        opt.zero_grad()
        entropy.backward()
        opt.step()
    return model(stream)


def main():
    args = options.parse()
    for run, seed in enumerate(args.seeds):
        seed_everything(seed)
        stream = torch.randn(256, 16)[torch.randperm(256)]
        print(run, args.method, args.corruption, adapt(args.method, stream).argmax(1).float().mean().item())


if __name__ == "__main__":
    main()
