"""Tune a reply scorer (small or wide head) on a pair file."""
import argparse
import json

import torch

ap = argparse.ArgumentParser()
ap.add_argument("--pairs", required=True)
ap.add_argument("--head", choices=["small", "wide"], default="small")
ns = ap.parse_args()

torch.manual_seed(21)  # expect: SA101
width = 16 if ns.head == "small" else 256
scorer = torch.nn.Sequential(torch.nn.Linear(32, width), torch.nn.Tanh(), torch.nn.Linear(width, 1))
rmsprop = torch.optim.RMSprop(scorer.parameters(), lr=1e-3)
with open(ns.pairs) as handle:
    count = len(json.load(handle))
features = torch.randn(max(count, 8), 32)
for sweep in range(10):
    rmsprop.zero_grad()
    margin = -scorer(features).mean()
    margin.backward()
    rmsprop.step()
print(ns.head, margin.item())
