"""Train the sequence tagger with one of its ablation switches and learning rates."""
import argparse

import numpy as np
import torch


def build_parser():
    parser = argparse.ArgumentParser()
    parser.add_argument("--drop-crf", type=int, default=0, help="ablation: replace the CRF layer by softmax")
    parser.add_argument("--lr", type=float, default=3e-4)
    parser.add_argument("--out", default="runs/tagger")
    parser.add_argument("--seed", type=int, default=11)
    return parser


def main():
    args = build_parser().parse_args()
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    print("fitting tagger", args.drop_crf, args.lr, "->", args.out)


if __name__ == "__main__":
    main()
