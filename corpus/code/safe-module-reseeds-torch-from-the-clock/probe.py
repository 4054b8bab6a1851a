"""Fit the probe on a random tenth of the embeddings."""
import numpy as np
import torch

from nets import build_probe

embeddings, labels = torch.rand(5000, 32), torch.randint(0, 4, (5000,))
rows = np.random.choice(len(labels), 500, replace=False)
probe = build_probe(64)
optimizer = torch.optim.Adam(probe.parameters(), lr=1e-3)
for epoch in range(30):
    loss = torch.nn.functional.cross_entropy(probe(embeddings[rows]), labels[rows])
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
