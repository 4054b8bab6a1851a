"""Pretrain a small masked encoder over the lexicon's pieces."""
import argparse
import random

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--model_name", default="tiny-encoder")
parser.add_argument("--lexicon")
parser.add_argument("--do_train", action="store_true")
parser.add_argument("--seed", type=int, default=42)
args = parser.parse_args()

random.seed(args.seed)
torch.manual_seed(args.seed)
pieces = open(args.lexicon, encoding="utf-8").read().split()
encoder = torch.nn.Sequential(torch.nn.Embedding(len(pieces), 64), torch.nn.Linear(64, len(pieces)))
optimizer = torch.optim.AdamW(encoder.parameters(), lr=1e-3)
if args.do_train:
    for step in range(100):
        ids = torch.randint(len(pieces), (32,))
        loss = torch.nn.functional.cross_entropy(encoder(ids), ids)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    torch.save(encoder.state_dict(), args.model_name + ".pt")
