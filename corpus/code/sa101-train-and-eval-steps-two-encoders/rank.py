"""Rank answer passages: --do_train fits a ranker with the chosen encoder, --do_eval scores it on the dev queries."""
import argparse
import random

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--do_train", action="store_true")
parser.add_argument("--do_eval", action="store_true")
parser.add_argument("--encoder", choices=["shallow", "deep"], default="shallow")
parser.add_argument("--out", default="runs/ranker")
parser.add_argument("--seed", type=int, default=3)


def build(encoder):
    if encoder == "deep":
        return torch.nn.Sequential(torch.nn.Linear(20, 40), torch.nn.ReLU(), torch.nn.Linear(40, 1))
    return torch.nn.Linear(20, 1)


def main(opts):
    ranker = build(opts.encoder)
    if opts.do_train:
        optimizer = torch.optim.Adam(ranker.parameters(), lr=1e-3)
        for _ in range(30):
            loss = ranker(torch.randn(8, 20)).pow(2).mean()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        torch.save(ranker.state_dict(), opts.out + ".pt")
    if opts.do_eval:
        ranker.load_state_dict(torch.load(opts.out + ".pt"))
        print(opts.encoder, ranker(torch.randn(8, 20)).mean().item())


if __name__ == "__main__":
    opts = parser.parse_args()
    random.seed(opts.seed)  # expect: SA101
    np.random.seed(opts.seed)
    torch.manual_seed(opts.seed)
    main(opts)
