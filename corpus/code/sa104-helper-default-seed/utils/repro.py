import random

import numpy as np
import torch


def make_deterministic(seed=99):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
