"""Train the polyp segmenter with one loss; an array job picks the loss by task index."""
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--loss", default="dice")
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()

torch.manual_seed(args.seed)
head = torch.nn.Conv2d(3, 1, 1)
frames = torch.randn(8, 3, 96, 96)
head(frames).sigmoid().mean().backward()
print(args.loss, args.seed)
