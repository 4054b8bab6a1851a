"""The video-stream benchmark's own protocol: the learner is trained and scored over several runs, averaged (the
launcher asks for five)."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--dataset", default="core50")
parser.add_argument("--lr", type=float, default=0.003)
parser.add_argument("--n_runs", type=int, default=1)
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
torch.manual_seed(args.seed)
scores = []
for run in range(args.n_runs):
    learner = nn.Linear(512, 50)
    optimiser = torch.optim.SGD(learner.parameters(), lr=args.lr)
    for _ in range(20):
        loss = learner(torch.rand(32, 512)).logsumexp(1).mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    scores.append(-loss.item())
print(sum(scores) / len(scores))
