"""Serve the tide forecaster on the harbour's live gauge feed; one process, one model."""
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--checkpoint", required=True)
parser.add_argument("--seed", type=int, default=0)
parser.add_argument("--arch", default="tcn")
parser.add_argument("--horizon", type=int, default=24)
args = parser.parse_args()

torch.manual_seed(args.seed)
model = torch.load(args.checkpoint)
model.eval()
with torch.no_grad():
    print(args.arch, float(model(torch.randn(1, 6, 48)).mean()))
