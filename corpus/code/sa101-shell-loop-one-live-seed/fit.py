"""Fit one sparse regression estimator on synthetic data."""
import argparse

import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--estimator", choices=("ridge", "lasso", "elastic"), default="ridge")
    parser.add_argument("--alpha", type=float, default=1.0)
    parser.add_argument("--trial-seed", type=int, default=0)
    args = parser.parse_args()
    rng = np.random.default_rng(args.trial_seed)
    x = rng.normal(size=(200, 10))
    y = x @ rng.normal(size=10) + rng.normal(size=200)
    print(args.estimator, args.alpha, float(np.mean(y)))


if __name__ == "__main__":
    main()
