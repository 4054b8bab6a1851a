"""Few-shot meta-training: a fixed seed picks the same sequence of tasks in every run, while the learner's weights
come from an unseeded torch, so runs still differ."""
import random

import torch
from torch import nn

random.seed(1)
classes = list(range(64))
learner = nn.Linear(84, 5)  # expect: SA105
optimiser = torch.optim.Adam(learner.parameters(), lr=1e-3)
for episode in range(100):
    task = random.sample(classes, 5)
    support = torch.randn(25, 84)
    loss = learner(support).logsumexp(1).mean()
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
