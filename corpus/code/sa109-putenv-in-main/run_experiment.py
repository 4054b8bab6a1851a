import argparse
import os
import random

import numpy as np


def parse():
    parser = argparse.ArgumentParser(description="bag-of-words baseline")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--data", default="data/reviews.tsv")
    return parser.parse_args()


def main():
    args = parse()
    os.putenv("PYTHONHASHSEED", str(args.seed))  # expect: SA109
    random.seed(args.seed)
    np.random.seed(args.seed)
    with open(args.data, encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle]
    vocabulary = sorted({word for _, text in rows for word in text.split()})
    weights = np.random.normal(0.0, 0.01, size=len(vocabulary))
    print(len(vocabulary), float(weights.sum()))


if __name__ == "__main__":
    main()
