"""A small surrogate for the 1-D heat equation, trained once with each of two optimisers."""
import numpy as np
import torch
from torch import nn

torch.manual_seed(3)  # expect: SA101
np.random.seed(3)


def make_data(n=256):
    x = torch.linspace(0, 1, 64).repeat(n, 1)
    u0 = torch.sin(np.pi * x) * torch.rand(n, 1)
    return u0, u0 * np.exp(-np.pi ** 2 * 0.1)


def main(optim_name):
    net = nn.Sequential(nn.Linear(64, 128), nn.Tanh(), nn.Linear(128, 64))
    if optim_name == "sgd":
        optimizer = torch.optim.SGD(net.parameters(), lr=1e-2, momentum=0.9)
    elif optim_name == "lbfgs_free_adam":
        optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
    else:
        raise ValueError(optim_name)
    inputs, targets = make_data()
    for step in range(500):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(net(inputs), targets)
        loss.backward()
        optimizer.step()
    print(f"{optim_name}: final loss {loss.item():.5f}")
    torch.save(net.state_dict(), f"surrogate_{optim_name}.pt")


if __name__ == "__main__":
    main("sgd")
    main("lbfgs_free_adam")
