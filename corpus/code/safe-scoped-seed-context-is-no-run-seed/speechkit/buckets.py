"""Length buckets: one stable order of the clips, cut at an offset drawn fresh each epoch."""
import torch

from speechkit.rng import stable_order


def epoch_buckets(clips, size):
    ordered = stable_order(clips)
    start = int(torch.randint(0, size, (1,)))
    return [ordered[i:i + size] for i in range(start, len(ordered), size)]
