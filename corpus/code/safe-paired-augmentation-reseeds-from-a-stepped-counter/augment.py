"""Differentiable augmentations; a pair of batches can be augmented alike by handing both the same stream state."""
import torch


class StreamState:
    def __init__(self, start=-1):
        self.next_seed = start  # -1: no pairing, every call draws afresh


def _reseed(state):
    if state.next_seed == -1:
        return
    torch.random.manual_seed(state.next_seed)
    state.next_seed += 1


def jitter(x, state):
    _reseed(state)
    return x + 0.1 * torch.randn_like(x)


def flip(x, state):
    _reseed(state)
    mask = torch.rand(x.shape[0], 1, 1, 1) < 0.5
    return torch.where(mask, x.flip(3), x)
