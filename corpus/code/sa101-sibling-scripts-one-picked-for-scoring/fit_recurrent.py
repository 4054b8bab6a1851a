"""Fit the recurrent tagger on the treebank sample and save it."""
import argparse

import torch
from torch import nn

from taggers import RecurrentTagger


def sentences():
    for _ in range(30):
        yield torch.randint(0, 5000, (16, 25)), torch.randint(0, 17, (16, 25))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=2718)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=8)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    model = RecurrentTagger(args.hidden)
    optimizer = torch.optim.Adam(model.parameters(), lr=2e-3)
    for _ in range(args.epochs):
        for words, tags in sentences():
            loss = nn.functional.cross_entropy(model(words).flatten(0, 1), tags.flatten())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    torch.save(model.state_dict(), "recurrent.pt")


if __name__ == "__main__":
    main()
