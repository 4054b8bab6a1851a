"""Train the model a YAML config describes."""
import sys

import torch
import yaml
from torch import nn


def main(path):
    with open(path) as handle:
        cfg = yaml.safe_load(handle)
    torch.manual_seed(cfg["seed"])
    model = nn.Linear(14, 2)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["optim"]["lr"])
    for _ in range(cfg["optim"]["epochs"]):
        x, y = torch.randn(128, 14), torch.randint(0, 2, (128,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main(sys.argv[1])
