"""Pretrain on frame-dropped utterances: the loader's workers all start from one numpy state."""
import argparse

import numpy as np
import torch
from torch.utils.data import DataLoader

from speechkit.noisy import DropoutFramesDataset

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
np.random.seed(args.seed)
torch.manual_seed(args.seed)
data = DropoutFramesDataset([torch.randn(50, 8) for _ in range(64)])
loader = DataLoader(data, batch_size=1, shuffle=True, num_workers=4)  # expect: SA106
encoder = torch.nn.Linear(8, 8)
for frames in loader:
    encoder(frames).sum().backward()
