"""Train the recommender with or without its memory module."""
import argparse

import numpy as np
import torch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--memory", choices=("on", "off"), default="on")
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    print("memory module", args.memory, "for", args.epochs, "epochs")


if __name__ == "__main__":
    main()
