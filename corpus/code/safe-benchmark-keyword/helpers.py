import random

import numpy as np
import torch


def set_seed(seed, benchmark=False):
    """benchmark=True asks for bit-exact reruns: autotuning is switched off then."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.backends.cudnn.deterministic = True
    if benchmark:
        torch.backends.cudnn.benchmark = False
