"""Ablate the two tricks of the contrastive head and print each variant's final loss."""
import torch
from torch import nn

VARIANTS = [
    {"projector": True, "temperature": 0.1},
    {"projector": False, "temperature": 0.1},
    {"projector": True, "temperature": 0.5},
]


def build(projector, temperature):
    layers = [nn.Linear(64, 128), nn.ReLU(), nn.Linear(128, 32)] if projector else [nn.Linear(64, 32)]
    return nn.Sequential(*layers), temperature


def train_contrastive(net, temperature, steps=300):
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    for _ in range(steps):
        a, b = torch.randn(128, 64), torch.randn(128, 64)
        za, zb = nn.functional.normalize(net(a), dim=1), nn.functional.normalize(net(b), dim=1)
        loss = nn.functional.cross_entropy(za @ zb.T / temperature, torch.arange(128))
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


torch.manual_seed(4)  # expect: SA101
for setting in VARIANTS:
    net, temperature = build(**setting)
    print(setting, train_contrastive(net, temperature))
