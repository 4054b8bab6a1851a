"""Fit one forecasting model on one load series and write its test MAE."""
import argparse
import random

import numpy as np
import torch

from models import make_model, train_model, test_mae


def parse():
    parser = argparse.ArgumentParser()
    parser.add_argument("--series", default="load_hourly")
    parser.add_argument("--model", default="lstm")
    parser.add_argument("--horizon", type=int, default=24)
    parser.add_argument("--epochs", type=int, default=60)
    parser.add_argument("--seed", type=int, default=2024)
    return parser.parse_args()


def run(args):
    random.seed(args.seed)  # expect: SA101
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    series = np.load(f"data/{args.series}.npy")
    model = make_model(args.model, args.horizon)
    train_model(model, series, args.epochs)
    with open(f"results/{args.model}.txt", "w") as out:
        out.write(f"{test_mae(model, series, args.horizon):.4f}\n")


if __name__ == "__main__":
    run(parse())
