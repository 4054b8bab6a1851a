"""Command-line options of the curriculum learner."""
import argparse


def parse():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7, help="seed of every RNG the run uses")
    parser.add_argument("--tasks", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=300)
    return parser.parse_args()
