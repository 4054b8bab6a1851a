import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class Jittered(Dataset):
    def __init__(self, points):
        self.points = points

    def __len__(self):
        return len(self.points)

    def __getitem__(self, index):
        return self.points[index] + np.random.normal(0, 0.01, size=3)


def seed_worker(worker_id):
    np.random.seed((torch.initial_seed() + worker_id) % 2**32)


def loader(points, seed=0):
    torch.manual_seed(seed)
    return DataLoader(Jittered(points), batch_size=64, shuffle=True, num_workers=4, worker_init_fn=seed_worker)
