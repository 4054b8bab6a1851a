"""One place that seeds every generator the experiments draw from."""
import random

import numpy as np
import torch


def seed_generators(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
