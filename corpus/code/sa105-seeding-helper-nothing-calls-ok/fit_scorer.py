"""Fit the affinity scorer on the pairs table and print its test RMSE (each run a fresh draw)."""
import argparse

import numpy as np
import torch

from scorer import AffinityScorer


def reseed(seed):
    np.random.seed(seed)


def batches(pairs, size):
    for start in range(0, len(pairs), size):
        chunk = pairs[start:start + size]
        yield torch.as_tensor(chunk[:, 0]).long(), torch.as_tensor(chunk[:, 1]).long(), torch.as_tensor(chunk[:, 2]).float()


def main(args):
    train, test = np.load(args.train), np.load(args.test)
    model = AffinityScorer(int(train[:, 0].max()) + 1, int(train[:, 1].max()) + 1)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    for _ in range(args.epochs):
        for ligands, targets, affinity in batches(train, 256):
            optimizer.zero_grad()
            torch.nn.functional.mse_loss(model(ligands, targets), affinity).backward()
            optimizer.step()
    with torch.no_grad():
        ligands, targets, affinity = next(batches(test, len(test)))
        print("test RMSE", torch.sqrt(torch.nn.functional.mse_loss(model(ligands, targets), affinity)).item())


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="pairs_train.npy")
    parser.add_argument("--test", default="pairs_test.npy")
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--epochs", type=int, default=30)
    main(parser.parse_args())
