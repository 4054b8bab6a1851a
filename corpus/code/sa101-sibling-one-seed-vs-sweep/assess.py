"""Score the forecaster trained under the given seed on the held-out weeks."""
import argparse

import numpy as np
import torch

parser = argparse.ArgumentParser()
side = parser.add_mutually_exclusive_group()
side.add_argument("--reference", action="store_true")
side.add_argument("--proposed", action="store_true")
parser.add_argument("-m", "--arch", default="gru_reference")
parser.add_argument("--seed", type=int)
args = parser.parse_args()

np.random.seed(args.seed)
torch.manual_seed(args.seed)
model = torch.load("checkpoints/{}-{}.pt".format(args.arch, args.seed))
model.eval()
with torch.no_grad():
    error = model(torch.randn(52, 8)).abs().mean()
print(args.arch, args.seed, float(error))
