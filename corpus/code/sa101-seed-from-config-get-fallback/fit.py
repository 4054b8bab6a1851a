"""Fit the property predictor a YAML config describes and write its test MAE."""
import argparse
import json
import random

import numpy as np
import torch
import yaml

from predictors import build_predictor, train_epochs, mae


def set_seed(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    parser.add_argument("--data", default="data/solubility.pt")
    args = parser.parse_args()
    with open(args.config) as handle:
        cfg = yaml.safe_load(handle)
    set_seed(cfg.get("seed", 7))  # expect: SA101
    splits = torch.load(args.data)
    model = build_predictor(cfg["model"])
    train_epochs(model, splits["train"], cfg.get("epochs", 100), cfg.get("lr", 1e-3))
    with open(f"results/{cfg['model']['kind']}.json", "w") as out:
        json.dump({"test_mae": mae(model, splits["test"])}, out)


if __name__ == "__main__":
    main()
