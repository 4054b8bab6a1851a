"""How alike the messages of runs with different seeds are: every pair of saved runs, one channel width."""
import argparse
import glob
import itertools
import pickle

import numpy as np
from scipy import stats


def flatten(path):
    with open(path, "rb") as handle:
        return pickle.load(handle).ravel()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--channels", type=int, default=2)
    parser.add_argument("--reference-seed", type=int, default=1, help="the run listed first in the table")
    opts = parser.parse_args()
    paths = sorted(glob.glob(f"runs/ch{opts.channels}/seed*/messages.pkl"))
    scores = [stats.spearmanr(flatten(a), flatten(b))[0] for a, b in itertools.combinations(paths, 2)]
    print(opts.reference_seed, len(paths), np.mean(scores), np.std(scores))


if __name__ == "__main__":
    main()
