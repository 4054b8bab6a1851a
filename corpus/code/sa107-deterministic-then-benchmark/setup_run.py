import random

import numpy as np
import torch


def prepare(seed, device="cuda"):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    if device == "cuda":
        torch.backends.cudnn.deterministic = True
        torch.backends.cudnn.benchmark = True  # expect: SA107
    return torch.device(device)
