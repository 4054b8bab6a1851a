"""The 1-D heat surrogate trained twice under names for two output folders: the same training, written twice."""
import numpy as np
import torch
from torch import nn

torch.manual_seed(3)  # expect: SA104
np.random.seed(3)


def make_data(n=256):
    x = torch.linspace(0, 1, 64).repeat(n, 1)
    u0 = torch.sin(np.pi * x) * torch.rand(n, 1)
    return u0, u0 * np.exp(-np.pi ** 2 * 0.1)


def main(run_name):
    net = nn.Sequential(nn.Linear(64, 128), nn.Tanh(), nn.Linear(128, 64))
    optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    if run_name is None:
        run_name = "default"
    inputs, targets = make_data()
    for step in range(500):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(net(inputs), targets)
        loss.backward()
        optimizer.step()
    torch.save(net.state_dict(), f"{run_name}/surrogate.pt")


if __name__ == "__main__":
    main("local")
    main("shared_drive")
