"""Label the spans of a sentence file: chunk labels by default, or semantic roles."""
import argparse
import random

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--data_dir", default="./")
parser.add_argument("--task", default="chunks", choices=["chunks", "roles"])
parser.add_argument("--encoder", default="small-enc")
parser.add_argument("--max_len", type=int, default=96)
parser.add_argument("--seed", type=int, default=11)
args = parser.parse_args()

random.seed(args.seed)
np.random.seed(args.seed)
torch.manual_seed(args.seed)
rows = [line.split("\t") for line in open(f"{args.data_dir}{args.task}.tsv", encoding="utf-8") if "\t" in line]
tokens = sorted({r[0] for r in rows})
labels = sorted({r[1].strip() for r in rows})
width = 64 if args.encoder == "small-enc" else 32
model = torch.nn.Sequential(torch.nn.Embedding(len(tokens), width), torch.nn.Linear(width, len(labels)))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(4):
    random.shuffle(rows)
    x = torch.tensor([tokens.index(r[0]) for r in rows[:args.max_len]])
    y = torch.tensor([labels.index(r[1].strip()) for r in rows[:args.max_len]])
    loss = torch.nn.functional.cross_entropy(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
torch.save(model.state_dict(), f"{args.task}-{args.encoder}.pt")
