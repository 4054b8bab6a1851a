"""Seeding shared by the training scripts: every generator from the settings' seed."""
import random

import numpy as np
import torch


def set_seed(args):
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
