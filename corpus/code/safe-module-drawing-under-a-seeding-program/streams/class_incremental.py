"""Splits a labelled data set into a sequence of tasks; the class order is drawn once per run."""
from random import shuffle

import numpy as np


class ClassIncrementalStream:
    def __init__(self, n_classes: int, classes_per_task: int, fixed_order_seed: int | None = None) -> None:
        self.order = list(range(n_classes))
        if fixed_order_seed is not None:
            np.random.seed(fixed_order_seed)  # a published class order, the same on every run
            self.order = list(np.random.permutation(n_classes))
        self.classes_per_task = classes_per_task

    def replay_indices(self, buffer_size: int) -> list[int]:
        indices = list(range(buffer_size))
        shuffle(indices)  # Python's random: seeded by the program before any stream is built
        return indices
