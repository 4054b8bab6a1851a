"""Fit the sediment-core age model; its seed and width are read from a YAML file, or a checkpoint is resumed."""
import argparse

import torch
import yaml


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="core.yaml")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--resume", action="store_true")
    args = parser.parse_args()
    with open(args.config) as handle:
        settings = yaml.safe_load(handle)
    torch.manual_seed(settings.get("seed", args.seed))
    model = torch.nn.Linear(settings["depth_features"], 1)
    if args.resume:
        model.load_state_dict(torch.load("age_model.pt"))
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    cores, ages = torch.rand(70, settings["depth_features"]), torch.rand(70, 1)
    for _ in range(settings["epochs"]):
        opt.zero_grad()
        torch.nn.functional.l1_loss(model(cores), ages).backward()
        opt.step()
    torch.save(model.state_dict(), "age_model.pt")


if __name__ == "__main__":
    main()
