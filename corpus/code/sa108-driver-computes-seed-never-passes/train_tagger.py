"""Train the reed-warbler song tagger; the seed comes from the command line."""
import argparse

import numpy as np
import torch
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--hidden", type=int, default=48)
    args = parser.parse_args()
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    tagger = nn.GRU(20, args.hidden, batch_first=True)
    head = nn.Linear(args.hidden, 5)
    params = list(tagger.parameters()) + list(head.parameters())
    opt = torch.optim.Adam(params, lr=2e-3)
    songs, tags = torch.randn(40, 30, 20), torch.randint(0, 5, (40, 30))
    for _ in range(args.epochs):
        out, _ = tagger(songs)
        loss = nn.functional.cross_entropy(head(out).reshape(-1, 5), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(f"final loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
