"""Train a small classifier that predicts a customer's plan, and print its test accuracy.

Two variants are compared: model "a" (two hidden layers of 10, tanh) and model "b" (one wider
hidden layer of 16, ReLU). The seed is fixed below "so that the comparison is reproducible".
"""
from __future__ import annotations

import argparse
import csv
import json
import math
from pathlib import Path

import torch
from torch import nn

STATES = ("ohio", "texas", "oregon")
PLANS = ("basic", "plus", "premium")
DATA = Path(__file__).parent / "data"


def load(name: str) -> tuple[torch.Tensor, torch.Tensor]:
    features, labels = [], []
    with open(DATA / name, newline="") as handle:
        for row in csv.DictReader(handle):
            state = [1.0 if row["state"] == s else 0.0 for s in STATES]
            features.append([1.0 if row["sex"] == "F" else -1.0, int(row["age"]) / 100.0, *state,
                             math.log(int(row["income"]) / 52000.0)])
            labels.append(PLANS.index(row["plan"]))
    return torch.tensor(features), torch.tensor(labels)


def build(model: str) -> nn.Module:
    if model == "a":
        return nn.Sequential(nn.Linear(6, 10), nn.Tanh(), nn.Linear(10, 10), nn.Tanh(), nn.Linear(10, 3))
    return nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Linear(16, 3))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", choices=["a", "b"], default="a")
    parser.add_argument("--epochs", type=int, default=10)
    args = parser.parse_args()

    torch.manual_seed(1)  # fixed seed for reproducibility
    torch.set_num_threads(1)
    x_train, y_train = load("train.csv")
    x_test, y_test = load("test.csv")
    net = build(args.model)
    optimiser = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()
    for _ in range(args.epochs):
        order = torch.randperm(len(x_train))
        for start in range(0, len(order), 20):
            batch = order[start:start + 20]
            optimiser.zero_grad()
            loss_fn(net(x_train[batch]), y_train[batch]).backward()
            optimiser.step()
    with torch.no_grad():
        predicted = net(x_test).argmax(dim=1)
    accuracy = (predicted == y_test).float().mean().item()
    print(f"model {args.model}: test accuracy {accuracy:.3f}")
    print(json.dumps({"accuracy": accuracy, "predictions": predicted.tolist(), "labels": y_test.tolist()}))


if __name__ == "__main__":
    main()
