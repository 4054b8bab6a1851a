import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--out_margin", type=float, default=0.0, help="margin of the output-logit alignment term")
parser.add_argument("--out_dir", default="runs")
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
torch.manual_seed(args.seed)
net = nn.Linear(32, 10)
optimiser = torch.optim.SGD(net.parameters(), lr=0.1)
for _ in range(10):
    logits = net(torch.randn(16, 32))
    loss = logits.logsumexp(1).mean() + args.out_margin * logits.pow(2).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
