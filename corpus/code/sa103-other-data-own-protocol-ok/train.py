import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--dataset", default="rotated_mnist")
parser.add_argument("--lr", type=float, default=0.01)
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
torch.manual_seed(args.seed)
learner = nn.Linear(784, 10)
optimiser = torch.optim.SGD(learner.parameters(), lr=args.lr)
for _ in range(20):
    loss = learner(torch.rand(32, 784)).logsumexp(1).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
