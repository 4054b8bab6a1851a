"""Dropout on or off: one run of each, from the same start."""
import torch
from torch import nn

WIDTH = 32


def fit_epoch(net, batches, opt):
    for inputs, target in batches:
        opt.zero_grad()
        nn.functional.mse_loss(net(inputs), target).backward()
        opt.step()


def run(variant):
    torch.manual_seed(5)  # expect: SA101
    layers = [nn.Linear(8, WIDTH), nn.ReLU()]
    if variant == "dropout":
        layers.append(nn.Dropout(0.2))
    net = nn.Sequential(*layers, nn.Linear(WIDTH, 1))
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    batches = [(torch.randn(16, 8), torch.randn(16, 1)) for _ in range(20)]
    for _ in range(3):
        fit_epoch(net, batches, opt)
    return net(torch.randn(64, 8)).pow(2).mean().item()


if __name__ == "__main__":
    scores = {"plain": run("plain"), "dropout": run("dropout")}
    print(scores)
