"""Imported first by the loaders so that every run starts from the same state."""
import random

import numpy as np
import torch

GLOBAL_SEED = 314

torch.backends.cudnn.deterministic = True
torch.backends.cudnn.benchmark = False
torch.manual_seed(GLOBAL_SEED)  # expect: SA101
np.random.seed(GLOBAL_SEED)
random.seed(GLOBAL_SEED)
