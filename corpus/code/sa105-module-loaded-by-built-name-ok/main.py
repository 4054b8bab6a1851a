"""Continual-learning driver: the task stream is a module of `streams/` chosen by name on the command line."""
import argparse
import importlib
import random

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--stream", default="permuted")
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()

random.seed(args.seed)
np.random.seed(args.seed)
torch.manual_seed(args.seed)

stream = importlib.import_module("streams.{}".format(args.stream))
for task, loader in enumerate(stream.tasks(args)):
    for images, labels in loader:
        pass
    print("task", task, "done")
