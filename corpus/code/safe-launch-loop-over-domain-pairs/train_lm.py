"""Train a small character model on one category pair's mixed reviews."""
import argparse
import random

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--input_file")
parser.add_argument("--output_dir", default="./generators/")
parser.add_argument("--domain_pair")
parser.add_argument("--seed", type=int, default=5)
args = parser.parse_args()

random.seed(args.seed)
torch.manual_seed(args.seed)
text = open(args.input_file, encoding="utf-8").read()
chars = sorted(set(text))
lm = torch.nn.Sequential(torch.nn.Embedding(len(chars), 48), torch.nn.Linear(48, len(chars)))
optimizer = torch.optim.Adam(lm.parameters(), lr=2e-3)
ids = torch.tensor([chars.index(c) for c in text])
for step in range(200):
    start = random.randrange(len(ids) - 65)
    window = ids[start:start + 65]
    loss = torch.nn.functional.cross_entropy(lm(window[:-1]), window[1:])
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
torch.save(lm.state_dict(), f"{args.output_dir}{args.domain_pair}.pt")
