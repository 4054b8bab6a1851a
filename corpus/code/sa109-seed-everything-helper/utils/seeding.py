"""Seeding utilities shared by the training and evaluation entry points."""
import os
import random

import numpy as np
import torch


def seed_everything(seed: int) -> None:
    random.seed(seed)
    os.environ["PYTHONHASHSEED"] = str(seed)  # expect: SA109
    np.random.seed(seed)
    torch.manual_seed(seed)
