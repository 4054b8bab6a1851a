"""Pretrain the small language model; every process offsets one hard-coded seed by its rank."""
import os

import torch
from torch import nn

rank = int(os.environ.get("RANK", "0"))
world = int(os.environ.get("WORLD_SIZE", "1"))
seed_offset = rank if world > 1 else 0
torch.manual_seed(4242 + seed_offset)  # expect: SA104

model = nn.Sequential(nn.Embedding(512, 64), nn.Flatten(), nn.Linear(64 * 16, 512))
opt = torch.optim.AdamW(model.parameters(), lr=3e-4)
for step in range(100):
    tokens = torch.randint(0, 512, (8, 16))
    loss = nn.functional.cross_entropy(model(tokens), tokens[:, 0])
    opt.zero_grad()
    loss.backward()
    opt.step()
