"""Fixed randomness for one block: the generator's state is set from the keys and put back when the block ends."""
import random
from contextlib import contextmanager

import numpy as np


@contextmanager
def seeded_numpy(*keys):
    before = np.random.get_state()
    np.random.seed(abs(hash(keys)) % 100003)
    try:
        yield
    finally:
        np.random.set_state(before)


@contextmanager
def frozen_python(key):
    before = random.getstate()
    random.seed(key)
    try:
        yield
    finally:
        random.setstate(before)


def stable_order(items):
    before = np.random.get_state()
    np.random.seed(1234)
    order = np.random.permutation(len(items))
    np.random.set_state(before)
    return [items[i] for i in order]


def seed_numpy(seed):
    np.random.seed(seed)
