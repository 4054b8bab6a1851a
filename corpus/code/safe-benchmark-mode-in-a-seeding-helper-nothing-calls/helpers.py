"""Small helpers for the classifier scripts."""
import random

import numpy as np
import torch


def seed_all(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = True


def top1(logits, labels):
    return (logits.argmax(-1) == labels).float().mean().item()
