"""Fit a span scorer on one kind of annotation: which spans are wrong, or which are missing."""
import argparse
import json

import torch
from torch import nn


def read(path):
    with open(path) as handle:
        return [json.loads(line) for line in handle]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--train_file", required=True)
    parser.add_argument("--validation_file", required=True)
    parser.add_argument("--output_dir", default="out")
    parser.add_argument("--weight_decay", type=float, default=0.0)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    train, dev = read(args.train_file), read(args.validation_file)
    scorer = nn.Linear(32, 2)
    optimizer = torch.optim.AdamW(scorer.parameters(), lr=3e-5, weight_decay=args.weight_decay)
    for _ in range(args.epochs):
        for row in train:
            loss = nn.functional.cross_entropy(scorer(torch.tensor(row["x"])[None]), torch.tensor([row["y"]]))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    print(len(dev))
    torch.save(scorer.state_dict(), f"{args.output_dir}/scorer.pt")


if __name__ == "__main__":
    main()
