import argparse
import random

parser = argparse.ArgumentParser()
parser.add_argument("--env", default="grid-v1")
parser.add_argument("--steps", type=int, default=100)
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
random.seed(args.seed)


def fit(world, steps):
    return sum(random.random() for _ in range(steps)) / steps


print(fit(args.env, args.steps))
