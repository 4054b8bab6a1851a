"""Train one noise-robust classifier (symmetric cross-entropy) on a data set with injected label noise."""
import argparse

import torch
import yaml
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    cfg = yaml.safe_load(open(parser.parse_args().config))
    torch.manual_seed(0)  # expect: SA104
    net = nn.Linear(32, cfg["model"]["num_classes"])
    opt = torch.optim.SGD(net.parameters(), lr=cfg["trainer"]["lr"])
    for _ in range(cfg["trainer"]["epochs"]):
        x, y = torch.randn(128, 32), torch.randint(0, cfg["model"]["num_classes"], (128,))
        flip = torch.rand(128) < cfg["data"]["noise_rate"]
        y[flip] = torch.randint(0, cfg["model"]["num_classes"], (int(flip.sum()),))
        loss = nn.functional.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
