"""Pretrain a small sentence encoder with one of two alignment objectives."""
import argparse
import random

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--objective", choices=["pairwise", "span"], default="pairwise")
parser.add_argument("--steps", type=int, default=200)
parser.add_argument("--out_dir", default="checkpoints/encoder")
parser.add_argument("--seed", type=int, default=1)
opts = parser.parse_args()

random.seed(opts.seed)
np.random.seed(opts.seed)
torch.manual_seed(opts.seed)

encoder = torch.nn.Sequential(torch.nn.Linear(48, 48), torch.nn.Tanh(), torch.nn.Linear(48, 16))
optimizer = torch.optim.AdamW(encoder.parameters(), lr=3e-4)
for step in range(opts.steps):
    left, right = encoder(torch.randn(32, 48)), encoder(torch.randn(32, 48))
    if opts.objective == "span":
        loss = (left[:, :8] - right[:, :8]).pow(2).mean()
    else:
        loss = (left - right).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
torch.save(encoder.state_dict(), opts.out_dir + ".pt")
