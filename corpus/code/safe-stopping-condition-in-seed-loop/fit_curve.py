"""Fit a tiny ReLU net to a bump curve from five initialisations; each run stops at a loss floor or a step cap."""
import numpy as np
import torch

grid = torch.linspace(-2, 2, 40).unsqueeze(1)
bump = torch.exp(-grid ** 2)
finals = []
for seed in range(5):
    np.random.seed(seed)
    torch.manual_seed(seed)
    net = torch.nn.Sequential(torch.nn.Linear(1, 64), torch.nn.ReLU(), torch.nn.Linear(64, 1))
    sgd = torch.optim.SGD(net.parameters(), lr=0.01)
    step_max, err = 20000, torch.tensor(float("inf"))
    step = 0
    while step < step_max and err > 1e-4:
        step += 1
        picked = np.random.choice(40, size=16, replace=False)
        sgd.zero_grad()
        err = (net(grid[picked]) - bump[picked]).pow(2).mean()
        err.backward()
        sgd.step()
    finals.append(float(err))
print(np.mean(finals), np.std(finals))

lowest = float("inf")
for seed in range(5):
    torch.manual_seed(seed)
    probe = torch.nn.Linear(1, 1)
    miss = float((probe(grid) - bump).abs().mean())
    if miss < lowest:  # expect: SA102
        lowest, kept_seed = miss, seed
print(kept_seed, lowest)
