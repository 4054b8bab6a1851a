"""A scoped numpy seed: the block draws from a state fixed by the keys, and the previous state comes back after."""
import contextlib

import numpy as np


@contextlib.contextmanager
def pinned_numpy(base, *keys):
    saved = np.random.get_state()
    np.random.seed(hash((base, *keys)) % (2 ** 32))
    try:
        yield
    finally:
        np.random.set_state(saved)
