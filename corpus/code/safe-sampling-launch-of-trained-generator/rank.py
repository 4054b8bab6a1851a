"""Rank petal sketches with one of two scorers trained on a share of the labelled sketches."""
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--scorer", choices=["mlp", "linear"], default="mlp")
parser.add_argument("--sample", type=float, default=1.0, help="share of the labelled sketches to train on")
args = parser.parse_args()

torch.manual_seed(5)  # expect: SA101
scorer = torch.nn.Linear(64, 1) if args.scorer == "linear" else torch.nn.Sequential(
    torch.nn.Linear(64, 32), torch.nn.ReLU(), torch.nn.Linear(32, 1))
opt = torch.optim.SGD(scorer.parameters(), lr=0.1)
labelled = torch.rand(int(400 * args.sample), 64)
for epoch in range(20):
    opt.zero_grad()
    loss = scorer(labelled).mean()
    loss.backward()
    opt.step()
print(args.scorer, float(loss))
