"""The project's own copy of the sequence toolkit's training entry point (a fork)."""
import argparse

import torch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data")
    parser.add_argument("--arch", default="lstm_heron")
    parser.add_argument("--seed", type=int)
    args = parser.parse_args()
    if args.seed is not None:
        torch.manual_seed(args.seed)
    model = torch.nn.LSTM(8, 8) if args.arch.startswith("lstm") else torch.nn.Transformer(8, 2)
    return model


if __name__ == "__main__":
    main()
