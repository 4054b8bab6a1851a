import argparse

import numpy as np

parser = argparse.ArgumentParser()
parser.add_argument("--episodes", type=int, default=100)
parser.add_argument("--seed", type=int, default=-1, help="below zero: draw one")
args = parser.parse_args()
if args.seed < 0:
    args.seed = np.random.randint(2**31 - 1)
np.random.seed(args.seed)
returns = [np.random.normal() for _ in range(args.episodes)]
print(args.seed, np.mean(returns))
