"""Both encoders over four seeds; a quick check runs one."""
import statistics

import torch
from torch import nn

ENCODERS = {"mlp": lambda: nn.Sequential(nn.Linear(12, 32), nn.ReLU(), nn.Linear(32, 1)),
            "wide": lambda: nn.Sequential(nn.Linear(12, 128), nn.ReLU(), nn.Linear(128, 1))}


def train_encoder(build):
    net = build()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for _ in range(30):
        opt.zero_grad()
        net(torch.randn(16, 12)).pow(2).mean().backward()
        opt.step()
    return net(torch.randn(64, 12)).pow(2).mean().item()


def main(full_sweep=True):
    if full_sweep:
        seeds = [3, 14, 15, 92]
    else:
        seeds = [3]
    scores = {name: [] for name in ENCODERS}
    for seed in seeds:
        torch.manual_seed(seed)
        for name, build in ENCODERS.items():
            scores[name].append(train_encoder(build))
    for name, values in scores.items():
        print(name, statistics.mean(values), statistics.pstdev(values))


if __name__ == "__main__":
    main()
