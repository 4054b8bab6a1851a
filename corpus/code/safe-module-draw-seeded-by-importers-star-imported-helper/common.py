"""What every training script needs, in one star import."""
import argparse

from seeding import *


def arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=5)
    return parser.parse_args()
