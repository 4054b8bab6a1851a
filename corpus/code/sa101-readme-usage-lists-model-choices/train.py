"""Train one anomaly detector on one graph data set and print its AUC on the held-out nodes."""
import argparse

import numpy as np
import torch

from detectors import build, fit_and_score


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="cora")
    parser.add_argument("--model", default="gcn")
    parser.add_argument("--epochs", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    np.random.seed(args.seed)  # expect: SA101
    torch.manual_seed(args.seed)
    graph = torch.load(f"graphs/{args.data}.pt")
    print(args.model, fit_and_score(build(args.model, graph), graph, args.epochs))


if __name__ == "__main__":
    main()
