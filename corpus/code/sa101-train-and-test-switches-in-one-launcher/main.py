"""Trains a graph classifier when --train is given and scores the saved one on the test split when --test is."""
import argparse

import torch

from molecules import load_split, make_model


def parse():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", default="gin")
    parser.add_argument("--train", action="store_true")
    parser.add_argument("--test", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--epochs", type=int, default=100)
    return parser.parse_args()


def fit(args):
    model = make_model(args.arch)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(args.epochs):
        for graphs, labels in load_split("train"):
            loss = torch.nn.functional.cross_entropy(model(graphs), labels)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    torch.save(model.state_dict(), f"{args.arch}.pt")


def score(args):
    model = make_model(args.arch)
    model.load_state_dict(torch.load(f"{args.arch}.pt"))
    hits = sum((model(graphs).argmax(1) == labels).sum().item() for graphs, labels in load_split("test"))
    print(args.arch, hits)


if __name__ == "__main__":
    args = parse()
    torch.manual_seed(args.seed)
    if args.train:
        fit(args)
    if args.test:
        score(args)
