"""Train the sentiment scorer; the seed comes on the command line."""
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()

torch.manual_seed(args.seed)
scorer = torch.nn.Linear(20, 2)
opt = torch.optim.SGD(scorer.parameters(), lr=0.1)
for _ in range(50):
    x, y = torch.randn(8, 20), torch.randint(0, 2, (8,))
    loss = torch.nn.functional.cross_entropy(scorer(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
