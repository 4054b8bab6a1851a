import argparse

import torch
from torch.utils.data import DataLoader

from batching import BucketBatches, EpochShuffle


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    sentences, lengths, model, optimizer = load_task()
    loader = DataLoader(sentences, batch_sampler=BucketBatches(lengths, 32))
    order = EpochShuffle(len(sentences), seed=args.seed)
    for epoch in range(args.epochs):
        order.set_epoch(epoch)
        for batch in loader:
            optimizer.zero_grad()
            model(batch).backward()
            optimizer.step()


def load_task():
    raise NotImplementedError


if __name__ == "__main__":
    main()
