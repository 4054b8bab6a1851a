"""Options and seeding both stages share."""
import argparse
import random

import torch
import yaml


def load_config():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    parser.add_argument("--epochs", type=int, default=None)
    args = parser.parse_args()
    with open(args.config) as handle:
        cfg = yaml.safe_load(handle)
    if args.epochs is not None:
        cfg["epochs"] = args.epochs
    return cfg


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)

