import numpy as np
import torch


def fix_seeds(seed):
    np.random.seed(seed)
    torch.manual_seed(seed)
