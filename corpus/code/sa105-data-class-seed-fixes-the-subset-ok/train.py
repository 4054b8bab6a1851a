"""Trains a probe on the few-shot subset; the runs themselves are left unseeded on purpose (repeated by the caller)."""
import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader

from data.subsets import FewShotSubset

pool = np.load("pool.npz")
subset = FewShotSubset(pool["x"].astype("float32"), pool["y"])
probe = nn.Linear(subset.features.shape[1], 2)
optimiser = torch.optim.SGD(probe.parameters(), lr=0.1)
for epoch in range(20):
    for x, y in DataLoader(subset, batch_size=10, shuffle=True):
        loss = nn.functional.cross_entropy(probe(x), y)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
