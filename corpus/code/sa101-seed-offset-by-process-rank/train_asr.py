"""Distributed training of the speech recogniser; each process offsets the run's seed by its rank."""
import argparse
import random

import numpy as np
import torch
import torch.distributed as dist

from speech import build_recogniser, utterance_loader

parser = argparse.ArgumentParser()
parser.add_argument("--encoder", default="conformer")
parser.add_argument("--ctc_weight", type=float, default=0.3)
parser.add_argument("--seed", type=int, default=1234)
args = parser.parse_args()
dist.init_process_group("nccl")
seed = args.seed + dist.get_rank()
torch.manual_seed(seed)  # expect: SA101
np.random.seed(seed)
random.seed(seed)
model = build_recogniser(args.encoder, ctc_weight=args.ctc_weight)
optimiser = torch.optim.AdamW(model.parameters(), lr=1e-3)
for audio, text in utterance_loader("train-clean-100"):
    optimiser.zero_grad()
    model.loss(audio, text).backward()
    optimiser.step()
