import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--lr", type=float, default=0.1)
parser.add_argument("--augment", default="none")
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
torch.manual_seed(args.seed)
tagger = nn.LSTM(16, 16)
optimiser = torch.optim.SGD(tagger.parameters(), lr=args.lr)
for _ in range(5):
    loss = tagger(torch.randn(4, 2, 16))[0].pow(2).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
