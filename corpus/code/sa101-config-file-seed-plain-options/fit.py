"""Fit one rating model; the command line overrides the YAML settings it names (options left out stay None)."""
import argparse

import torch
import yaml
from torch import nn


def build(name, dim):
    if name == "factor_machine":
        return nn.Sequential(nn.EmbeddingBag(5000, dim), nn.Linear(dim, 1))
    if name == "two_tower":
        return nn.Sequential(nn.EmbeddingBag(5000, dim), nn.Linear(dim, dim), nn.ReLU(), nn.Linear(dim, 1))
    return nn.Sequential(nn.EmbeddingBag(5000, dim), nn.Linear(dim, 64), nn.ReLU(), nn.Linear(64, 1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("--model", choices=["factor_machine", "two_tower", "wide_deep"])
    parser.add_argument("--seed", type=int)
    parser.add_argument("--lr", type=float)
    args = parser.parse_args()
    with open(args.config) as handle:
        settings = yaml.safe_load(handle)
    settings.update({key: value for key, value in vars(args).items() if value is not None})
    torch.manual_seed(settings["seed"])
    model = build(settings["model"], settings["embedding_dim"])
    optimizer = torch.optim.Adam(model.parameters(), lr=settings["lr"])
    batches = [(torch.randint(0, 5000, (256, 4)), torch.rand(256, 1) * 5) for _ in range(settings["epochs"])]
    for ids, target in batches:
        optimizer.zero_grad()
        nn.functional.mse_loss(model(ids), target).backward()
        optimizer.step()

if __name__ == "__main__":
    main()
