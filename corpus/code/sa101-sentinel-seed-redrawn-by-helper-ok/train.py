"""Train one torchvision classifier on the flowers split and log its validation accuracy."""
import argparse
import logging

import torch
import torchvision

from helpers import seed_all


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", default="resnet18")
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=-1, help="-1: draw a fresh seed and log it")
    args = parser.parse_args()
    seed_all(args.seed)
    model = getattr(torchvision.models, args.arch)(num_classes=102)
    data = torch.load("flowers.pt")
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    for _ in range(args.epochs):
        for images, labels in data["train"]:
            optimizer.zero_grad()
            torch.nn.functional.cross_entropy(model(images), labels).backward()
            optimizer.step()
    with torch.no_grad():
        right = sum((model(x).argmax(-1) == y).sum().item() for x, y in data["val"])
    logging.info("%s val acc %.4f", args.arch, right / sum(len(y) for _, y in data["val"]))


if __name__ == "__main__":
    main()
