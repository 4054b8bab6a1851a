"""Command-line options of the test-time adaptation runs."""
import argparse


def parse():
    parser = argparse.ArgumentParser()
    parser.add_argument("--method", choices=["source", "tent", "memo"], default="tent")
    parser.add_argument("--corruption", default="gaussian_noise")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2], help="one adaptation run per seed")
    return parser.parse_args()
