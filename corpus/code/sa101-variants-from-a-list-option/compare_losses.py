"""Train the same segmentation network with each loss named on the command line (all of them by default)."""
import argparse

import torch

from segment.training import SegmentationTask

LOSSES = ["dice", "focal", "cross_entropy", "lovasz"]


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--losses", nargs="+", default=LOSSES)
    parser.add_argument("--epochs", type=int, default=40)
    return parser.parse_args()


if __name__ == "__main__":
    args = parse_args()
    torch.manual_seed(7)  # expect: SA101
    for loss_name in args.losses:
        task = SegmentationTask(loss=loss_name, epochs=args.epochs)
        task.train()
        print(loss_name, task.score())
