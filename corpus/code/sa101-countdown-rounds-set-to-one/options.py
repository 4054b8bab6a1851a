"""Command-line options of the active-learning runs."""
import argparse


def parse():
    parser = argparse.ArgumentParser()
    parser.add_argument("--strategy", default="entropy", choices=["entropy", "margin", "random"])
    parser.add_argument("--budget", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=4, help="how often the whole experiment is repeated")
    return parser.parse_args()
