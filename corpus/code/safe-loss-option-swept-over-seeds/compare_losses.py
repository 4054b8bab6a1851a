"""Train the same segmentation network with each loss named on the command line, over several seeds each."""
import argparse

import torch

from segment.training import SegmentationTask

LOSSES = ["dice", "focal", "cross_entropy", "lovasz"]


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--losses", nargs="+", default=LOSSES)
    parser.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2, 3, 4])
    return parser.parse_args()


if __name__ == "__main__":
    args = parse_args()
    for loss_name in args.losses:
        scores = []
        for seed in args.seeds:
            torch.manual_seed(seed)
            task = SegmentationTask(loss=loss_name)
            task.train()
            scores.append(task.score())
        print(loss_name, sum(scores) / len(scores))
