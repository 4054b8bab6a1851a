"""Train the link-prediction model a YAML config describes; unseeded: repeated runs are reported."""
import sys

import torch
import yaml
from torch import nn


def main(path):
    with open(path) as handle:
        cfg = yaml.safe_load(handle)
    model = nn.Embedding(1000, cfg["model"]["dim"])
    opt = torch.optim.Adagrad(model.parameters(), lr=cfg["train"]["lr"])
    for _ in range(cfg["train"]["epochs"]):
        heads, tails = torch.randint(0, 1000, (256,)), torch.randint(0, 1000, (256,))
        loss = -(model(heads) * model(tails)).sum(dim=1).sigmoid().log().mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main(sys.argv[1])
