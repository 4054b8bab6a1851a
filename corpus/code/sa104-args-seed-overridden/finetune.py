"""Fine-tune a sentence classifier; the --seed option is declared but overwritten after parsing."""
import argparse
import random

import numpy as np
import torch
from torch import nn


def parse():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="sst2.pt")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--epochs", type=int, default=3)
    return parser.parse_args()


def main():
    opts = parse()
    opts.seed = 17  # pinned while debugging
    random.seed(opts.seed)  # expect: SA104
    np.random.seed(opts.seed)
    torch.manual_seed(opts.seed)
    features, labels = torch.load(opts.data)
    head = nn.Sequential(nn.Dropout(0.1), nn.Linear(features.shape[1], 2))
    optimiser = torch.optim.AdamW(head.parameters(), lr=2e-5)
    for epoch in range(opts.epochs):
        for idx in torch.randperm(len(labels)).split(32):
            loss = nn.functional.cross_entropy(head(features[idx]), labels[idx])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    torch.save(head.state_dict(), "head.pt")


if __name__ == "__main__":
    main()
