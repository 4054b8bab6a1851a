"""Training stability of a small regressor over ten seeds: every run is reported, diverging ones are flagged."""
import statistics

import torch
from torch import nn

inputs = torch.linspace(-3, 3, 256).unsqueeze(1)
targets = torch.sin(inputs)
finals = []
for seed in range(10):
    torch.manual_seed(seed)
    regressor = nn.Sequential(nn.Linear(1, 32), nn.Tanh(), nn.Linear(32, 1))
    optimiser = torch.optim.SGD(regressor.parameters(), lr=0.5)
    for _ in range(300):
        loss = nn.functional.mse_loss(regressor(inputs), targets)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    if loss.item() > 1.0:
        print(f"seed {seed} diverged (final loss {loss.item():.2f})")
    finals.append(loss.item())
print(f"final loss {statistics.mean(finals):.4f} +- {statistics.stdev(finals):.4f} over {len(finals)} seeds")
