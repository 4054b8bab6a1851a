import random

import numpy as np
import torch
from torch.utils.data import DataLoader


def seed_worker(worker_id):
    np.random.seed(42)
    random.seed(42)


def build_loader(dataset, batch_size, workers=4):
    generator = torch.Generator()
    generator.manual_seed(0)
    return DataLoader(dataset, batch_size=batch_size, shuffle=True, num_workers=workers,  # expect: SA106
                      worker_init_fn=seed_worker, generator=generator)
