"""Train a small transformer for a few hundred steps with one of two implementations of the optimiser step."""
import argparse

import torch

from kernels import fused_lamb_step, looped_lamb_step
from tiny import TinyTransformer, token_batches

parser = argparse.ArgumentParser()
parser.add_argument("--impl", choices=["fused", "looped"], default="fused")
parser.add_argument("--steps", type=int, default=300)
parser.add_argument("--seed", type=int, default=17)
args = parser.parse_args()
torch.manual_seed(args.seed)
model = TinyTransformer().cuda()
step = fused_lamb_step if args.impl == "fused" else looped_lamb_step
for _, batch in zip(range(args.steps), token_batches()):
    loss = model(batch).mean()
    loss.backward()
    step(model.parameters(), lr=1e-3)
    model.zero_grad()
