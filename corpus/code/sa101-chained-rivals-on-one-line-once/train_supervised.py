"""Semi-supervised sentiment classification: the supervised variant."""
import argparse
import random

import numpy as np
import torch
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--labelled", type=int, default=200)
    parser.add_argument("--exp", default="runs/supervised")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    model = nn.Sequential(nn.EmbeddingBag(30000, 128), nn.Linear(128, 2))
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    tokens, labels = torch.randint(0, 30000, (args.labelled, 64)), torch.randint(0, 2, (args.labelled,))
    for _ in range(100):
        optimiser.zero_grad()
        nn.functional.cross_entropy(model(tokens), labels).backward()
        optimiser.step()
    torch.save(model.state_dict(), args.exp + ".pt")


if __name__ == "__main__":
    main()
