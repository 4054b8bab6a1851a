"""Fine-tune the small encoder on one task, all weights or through an adapter."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--task", type=int, default=0)
parser.add_argument("--method", choices=("adapter", "full"), default="full")
parser.add_argument("--seed", type=int, default=1)
args = parser.parse_args()

torch.manual_seed(args.seed)
encoder = nn.Linear(16, 16)
head = nn.Linear(16, 2)
params = list(head.parameters()) if args.method == "adapter" else list(encoder.parameters()) + list(head.parameters())
opt = torch.optim.Adam(params, lr=1e-3)
for _ in range(10):
    loss = head(encoder(torch.randn(4, 16))).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
print(args.task, args.method, loss.item())
