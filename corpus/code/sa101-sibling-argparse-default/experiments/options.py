"""Command-line options shared by every experiment script."""
import argparse


def get_options():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/sst2")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args()
