"""Keep a stratified tenth of the labels for the semi-supervised run; the model's seed comes from the command line."""
import argparse

import numpy as np
import torch
from sklearn.model_selection import StratifiedKFold


def labelled_subset(labels, seed):
    folds = StratifiedKFold(n_splits=10, shuffle=True, random_state=seed)
    rows = np.random.randn(len(labels), 1)
    _, kept = next(folds.split(rows, labels))
    return kept


parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()
torch.manual_seed(args.seed)
labels = np.load("labels.npy")
print(len(labelled_subset(labels, args.seed)))
