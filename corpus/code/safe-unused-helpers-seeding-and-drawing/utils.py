"""Helpers of the semi-supervised experiments; the noisy-label ones were used by an earlier version."""
import numpy as np
import torch


def accuracy(logits, labels):
    return (logits.argmax(1) == labels).float().mean().item()


def corrupt_labels(labels, rate):
    flips = torch.rand_like(labels, dtype=torch.float) < rate
    return torch.where(flips, torch.randint_like(labels, 0, 10), labels)


def holdout_indices(size, fraction=0.2, random_seed=None):
    np.random.seed(random_seed)
    order = np.random.permutation(size)
    return order[int(size * fraction):], order[:int(size * fraction)]
