"""Fit the sediment-core age model; its seed and width are read from a YAML file, or a checkpoint is resumed."""
import argparse

import numpy as np
import torch
import yaml


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="core.yaml")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--resume", action="store_true")
    parser.add_argument("--cores_path", default="cores/all.csv")
    parser.add_argument("--init_checkpoint", default="")
    args = parser.parse_args()
    with open(args.config) as handle:
        settings = yaml.safe_load(handle)
    torch.manual_seed(settings.get("seed", args.seed))
    model = torch.nn.Linear(settings["depth_features"], 1)
    if args.resume or args.init_checkpoint:
        model.load_state_dict(torch.load(args.init_checkpoint or "age_model.pt"))
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    table = torch.from_numpy(np.loadtxt(args.cores_path, delimiter=",", dtype="float32"))
    cores, ages = table[:, :-1], table[:, -1:]
    for _ in range(settings["epochs"]):
        opt.zero_grad()
        torch.nn.functional.l1_loss(model(cores), ages).backward()
        opt.step()
    torch.save(model.state_dict(), "age_model.pt")


if __name__ == "__main__":
    main()
