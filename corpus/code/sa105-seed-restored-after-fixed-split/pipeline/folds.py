"""Hold out the same tenth of the kiln sensor traces on every run, then hand back the run's generator untouched."""
import numpy as np
import torch


def hold_out(traces, share=0.1):
    order = list(range(len(traces)))
    saved = np.random.get_state()
    np.random.seed(404)
    np.random.shuffle(order)
    np.random.set_state(saved)
    cut = int(len(order) * share)
    return [traces[i] for i in order[cut:]], [traces[i] for i in order[:cut]]


def dequantize(batch):
    # spread each 8-bit reading over its bin; the run's torch seed (set in fit.py) fixes this draw
    return batch / 256.0 * 255.0 + torch.rand_like(batch) / 256.0
