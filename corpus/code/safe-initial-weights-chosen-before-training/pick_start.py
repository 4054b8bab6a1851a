"""Regression with a small MLP: among a few random initialisations keep the one whose untrained outputs spread
least on the training inputs (a cheap conditioning heuristic), then train that one network once."""
import torch
from torch import nn

torch.manual_seed(0)
inputs = torch.randn(256, 8)
targets = inputs.sum(dim=1, keepdim=True)


def build():
    return nn.Sequential(nn.Linear(8, 32), nn.Tanh(), nn.Linear(32, 1))


best_spread, best_init = float("inf"), None
for init_seed in range(10):
    torch.manual_seed(init_seed)
    candidate = build()
    with torch.no_grad():
        spread = candidate(inputs).std().item()
    if spread < best_spread:
        best_spread, best_init = spread, init_seed

torch.manual_seed(best_init)
model = build()
optimiser = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(500):
    optimiser.zero_grad()
    loss = nn.functional.mse_loss(model(inputs), targets)
    loss.backward()
    optimiser.step()
print("initialisation", best_init, "final loss", loss.item())
