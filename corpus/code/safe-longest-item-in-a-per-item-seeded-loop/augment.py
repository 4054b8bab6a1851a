"""Mask a few tokens of every example, each example with its own fixed draw, then pad the batch to the longest."""
import random

import torch


def masked_batch(examples, mask_id, rate=0.15):
    masked, longest = [], 0
    for index, tokens in enumerate(examples):
        random.seed(index)  # the same masks for an example in every epoch
        ids = [mask_id if random.random() < rate else t for t in tokens]
        if len(ids) > longest:
            longest = len(ids)
        masked.append(ids)
    return torch.tensor([ids + [0] * (longest - len(ids)) for ids in masked])
