"""Prunes a trained model's smallest weights by magnitude, then scores it (ties broken at random)."""
import argparse
import random

import torch

from checkpoints import load_model_checkpoint
from engine import evaluate_epoch

random.seed(7)
torch.manual_seed(7)


def prune(model, ratio):
    for parameter in model.parameters():
        cutoff = parameter.abs().flatten().kthvalue(max(1, int(ratio * parameter.numel()))).values
        parameter.data[parameter.abs() < cutoff] = 0
    return model


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkpoint")
    parser.add_argument("--ratio", type=float, default=0.5)
    args = parser.parse_args()
    model = prune(load_model_checkpoint(args.checkpoint), args.ratio)
    loader = torch.load("test_loader.pt")
    print(args.ratio, evaluate_epoch(model, loader))
