"""Tag product attributes in listing titles: --do_train fits the tagger, --do_eval scores a saved one."""
import argparse
import random

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--do_train", action="store_true")
parser.add_argument("--do_eval", action="store_true")
parser.add_argument("--corpus_dir", default="prepared/listings")
parser.add_argument("--run_name", default="listings")
parser.add_argument("--rounds", type=int, default=12)
parser.add_argument("--seed", type=int, default=7)


def fit(tagger, rounds):
    optimizer = torch.optim.SGD(tagger.parameters(), lr=0.05)
    for _ in range(rounds):
        loss = tagger(torch.randn(16, 24)).pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def score(tagger):
    with torch.no_grad():
        return tagger(torch.randn(16, 24)).argmax(-1).float().mean().item()


def run(opts):
    tagger = torch.nn.Linear(24, 5)
    if opts.do_train and not opts.do_eval:
        fit(tagger, opts.rounds)
        torch.save(tagger.state_dict(), f"checkpoints/{opts.run_name}.pt")
    if opts.do_eval:
        tagger.load_state_dict(torch.load(f"checkpoints/{opts.run_name}.pt"))
        print(opts.corpus_dir, score(tagger))


if __name__ == "__main__":
    opts = parser.parse_args()
    random.seed(opts.seed)
    np.random.seed(opts.seed)
    torch.manual_seed(opts.seed)
    run(opts)
