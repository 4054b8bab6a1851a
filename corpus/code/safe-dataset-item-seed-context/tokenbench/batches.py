"""Batches for the trainer: the corrupted training rows, read by worker processes."""
import torch

from tokenbench.corrupt import CorruptedTokens


def epoch_batches(rows, blank_id, collate, workers=6):
    dataset = CorruptedTokens(rows, blank_id)
    return torch.utils.data.DataLoader(dataset, batch_size=32, shuffle=True, collate_fn=collate,
                                       num_workers=workers)
