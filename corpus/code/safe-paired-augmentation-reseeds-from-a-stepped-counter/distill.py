"""Distil a small synthetic set by matching the mean embedding of augmented real and synthetic batches."""
import numpy as np
import torch

from augment import StreamState, flip, jitter

real = torch.rand(1000, 3, 32, 32)
synthetic = torch.rand(10, 3, 32, 32, requires_grad=True)
encoder = torch.nn.Sequential(torch.nn.Conv2d(3, 8, 3), torch.nn.AdaptiveAvgPool2d(1), torch.nn.Flatten())
optimizer = torch.optim.SGD([synthetic], lr=1.0)
state = StreamState()
for step in range(200):
    picked = np.random.permutation(len(real))[:64]
    batch = flip(jitter(real[picked], state), state)
    loss = (encoder(batch).mean(0) - encoder(flip(jitter(synthetic, state), state)).mean(0)).pow(2).sum()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
