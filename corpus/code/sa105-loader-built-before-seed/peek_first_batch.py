"""A variant that looks at one batch before seeding: that pass over the loader drew its order unseeded."""
import argparse

import torch
from torch.utils.data import DataLoader, TensorDataset

from fit_ranker import fit


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    queue = DataLoader(TensorDataset(torch.ones(320, 24), torch.ones(320, 1)), batch_size=32, shuffle=True)
    first_batch = next(iter(queue))
    torch.manual_seed(args.seed)  # expect: SA105
    print(first_batch[0].shape)
    fit(queue, 2)


if __name__ == "__main__":
    main()
