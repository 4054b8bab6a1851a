"""Train the document classifier over bag-of-words or averaged embeddings."""
import argparse
import random

import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--features", choices=["bow", "embed"], default="bow")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    random.seed(args.seed)
    np.random.seed(args.seed)
    dims = 300 if args.features == "embed" else 5000
    weights = np.random.normal(scale=0.01, size=(dims, 4))
    print(float(np.abs(weights).mean()))


if __name__ == "__main__":
    main()
