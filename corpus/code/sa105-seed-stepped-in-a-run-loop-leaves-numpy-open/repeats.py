"""Three repeats of the probe, each under the next seed; the subset of rows is drawn by numpy."""
from types import SimpleNamespace

import numpy as np
import torch

cfg = SimpleNamespace(seed=100, runs=3)
embeddings, labels = torch.load("embeddings.pt"), torch.load("labels.pt")
for run in range(cfg.runs):
    torch.manual_seed(cfg.seed)
    cfg.seed += 1
    rows = np.random.choice(len(labels), 500, replace=False)  # expect: SA105
    probe = torch.nn.Linear(32, 4)
    optimizer = torch.optim.Adam(probe.parameters(), lr=1e-3)
    for epoch in range(30):
        loss = torch.nn.functional.cross_entropy(probe(embeddings[rows]), labels[rows])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
