"""An MLP for the credit table, with weight decay and dropout set from the command line."""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--weight_decay", type=float, default=0.0)
parser.add_argument("--dropout", type=float, default=0.0)
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
torch.manual_seed(args.seed)

features, target = torch.load("credit.pt")
model = nn.Sequential(nn.Linear(features.shape[1], 64), nn.ReLU(), nn.Dropout(args.dropout), nn.Linear(64, 2))
optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=args.weight_decay)
for epoch in range(20):
    loss = nn.functional.cross_entropy(model(features), target)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(args.weight_decay, args.dropout, loss.item())
