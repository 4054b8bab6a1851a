"""Fit a linear probe on frozen features with one of several regularisers."""
import argparse
import json

import numpy as np
import torch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--regulariser", default="none")
    parser.add_argument("--weight", type=float, default=1e-4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="probe.json")
    opts = parser.parse_args()
    torch.manual_seed(opts.seed)
    np.random.seed(opts.seed)
    features = torch.randn(512, 64)
    labels = (features[:, 0] > 0).long()
    probe = torch.nn.Linear(64, 2)
    optimiser = torch.optim.SGD(probe.parameters(), lr=0.1, weight_decay=opts.weight)
    for _ in range(100):
        optimiser.zero_grad()
        loss = torch.nn.functional.cross_entropy(probe(features), labels)
        loss.backward()
        optimiser.step()
    with open(opts.out, "w") as handle:
        json.dump({"loss": loss.item()}, handle)


if __name__ == "__main__":
    main()
