"""Seeding and logging helpers shared by the training scripts."""
import logging
import random

import numpy as np
import torch


def seed_all(seed):
    """Seed every generator; -1 asks for a fresh seed, which is logged so the run can be repeated."""
    if seed == -1:
        seed = random.randint(0, 2 ** 31 - 1)
    logging.info("seed %d", seed)
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    return seed
