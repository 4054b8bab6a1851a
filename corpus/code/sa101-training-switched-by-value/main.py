"""Train a graph classifier on the citation graph, or load one and measure it under edge-dropping noise."""
import argparse
import random

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--model", choices=["gcn", "sage"], default="gcn")
parser.add_argument("--seed", type=int, default=0)
parser.add_argument("--train", default="True")
parser.add_argument("--eval", default="False")
parser.add_argument("--ckpt", default="ckpt/last.pt")
args = parser.parse_args()

random.seed(args.seed)
np.random.seed(args.seed)
torch.manual_seed(args.seed)
layer = torch.nn.Linear(32, 7)
if args.train == "True":
    optimizer = torch.optim.Adam(layer.parameters(), lr=0.01)
    for _ in range(200):
        optimizer.zero_grad()
        layer(torch.randn(64, 32)).logsumexp(1).mean().backward()
        optimizer.step()
    torch.save(layer.state_dict(), args.ckpt)
else:
    layer.load_state_dict(torch.load(args.ckpt))
    kept = torch.rand(64) > 0.2
    print(args.model, float(layer(torch.randn(64, 32)[kept]).mean()))
