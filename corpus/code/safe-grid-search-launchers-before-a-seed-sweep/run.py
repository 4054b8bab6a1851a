"""Fine-tune a frozen encoder with one parameter-efficient method on one task and write the dev and test scores."""
import argparse
import json
import os

import torch

from methods import build_method, evaluate, load_task, train_epoch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--method", default="adapter")
    parser.add_argument("--task", default="rte")
    parser.add_argument("--lr", type=float, default=1e-4)
    parser.add_argument("--batch_size", type=int, default=16)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1111)
    parser.add_argument("--out", default="runs/default")
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    train, dev, test = load_task(args.task, args.batch_size)
    model = build_method(args.method)
    optimiser = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr)
    for _ in range(args.epochs):
        train_epoch(model, train, optimiser)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "scores.json"), "w") as handle:
        json.dump({"dev": evaluate(model, dev), "test": evaluate(model, test)}, handle)


if __name__ == "__main__":
    main()
