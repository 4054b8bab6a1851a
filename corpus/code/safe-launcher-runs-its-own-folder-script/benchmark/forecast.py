"""Benchmark two tide forecasters offline over a seed sweep; each run writes its error to a log."""
import argparse

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--arch", choices=["lstm", "tcn"], default="lstm")
parser.add_argument("--horizon", type=int, default=6)
parser.add_argument("--seed", type=int, default=3)
args = parser.parse_args()

np.random.seed(args.seed)
torch.manual_seed(args.seed)
layer = torch.nn.LSTM(6, 6) if args.arch == "lstm" else torch.nn.Conv1d(6, 6, 3)
series = torch.randn(48, 6)
print(args.arch, args.seed, float(series.std()))
