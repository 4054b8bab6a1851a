"""Train the classifier several times and report mean and spread of the test accuracy."""
import statistics

import torch
from torch import nn

from lib.reproducibility import set_seed

N_RUNS = 5


def one_run(x, y):
    model = nn.Linear(x.shape[1], 2)
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    for _ in range(200):
        opt.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()
    return (model(x).argmax(1) == y).float().mean().item()


def main():
    x, y = torch.load("features.pt")
    accuracies = []
    for run in range(N_RUNS):
        set_seed(2024)  # expect: SA108
        accuracies.append(one_run(x, y))
    print(f"accuracy {statistics.mean(accuracies):.3f} +- {statistics.stdev(accuracies):.3f}")


if __name__ == "__main__":
    main()
