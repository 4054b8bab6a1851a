"""Train the tagger; numpy and torch are seeded from --seed before anything is built."""
import argparse

import numpy as np
import torch

from common import read_tags
from network import Tagger


def main(opts):
    tags = read_tags(opts.data)
    model = Tagger(opts.vocab, len(tags))
    optimiser = torch.optim.Adam(model.parameters(), lr=opts.lr)
    for _ in range(opts.steps):
        ids = torch.from_numpy(np.random.randint(0, opts.vocab, size=(16, 20)))
        gold = torch.from_numpy(np.random.randint(0, len(tags), size=(16, 20)))
        loss = torch.nn.functional.cross_entropy(model(ids).flatten(0, 1), gold.flatten())
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    torch.save(model.state_dict(), opts.out)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data")
    parser.add_argument("--vocab", type=int, default=5000)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--out", default="tagger.pt")
    parser.add_argument("--seed", type=int, default=0)
    opts = parser.parse_args()
    np.random.seed(opts.seed)
    torch.manual_seed(opts.seed)
    main(opts)
