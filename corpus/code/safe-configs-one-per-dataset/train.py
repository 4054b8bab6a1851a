"""Run one stage (pretraining or a downstream task) from the YAML config it is given."""
import argparse

import torch
import yaml
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    with open(parser.parse_args().config) as handle:
        cfg = yaml.safe_load(handle)
    torch.manual_seed(cfg["seed"])
    net = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 8))
    opt = torch.optim.AdamW(net.parameters(), lr=cfg["lr"])
    for _ in range(cfg["epochs"]):
        x, y = torch.randn(16, 32), torch.randint(0, 8, (16,))
        loss = nn.functional.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
