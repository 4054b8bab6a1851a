"""Train the speech classifier a YAML config describes."""
import argparse

import torch
import yaml
from torch import nn


def build(cfg):
    width = cfg["model"]["width"]
    return nn.Sequential(nn.Linear(40, width), nn.GELU(), nn.Linear(width, 12))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    args = parser.parse_args()
    with open(args.config) as handle:
        cfg = yaml.safe_load(handle)
    torch.manual_seed(cfg["seed"])
    net = build(cfg)
    opt = torch.optim.AdamW(net.parameters(), lr=cfg["lr"])
    for _ in range(cfg["steps"]):
        feats, labels = torch.randn(64, 40), torch.randint(0, 12, (64,))
        loss = nn.functional.cross_entropy(net(feats), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
