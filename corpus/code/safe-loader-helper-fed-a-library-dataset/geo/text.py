"""Padding of token batches."""
import torch


def collate(rows):
    ids = [row["input_ids"] for row in rows]
    return {"input_ids": torch.nn.utils.rnn.pad_sequence(ids, batch_first=True)}
