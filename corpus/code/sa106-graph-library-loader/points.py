import numpy as np
import torch
from torch_geometric.data import Data, Dataset


def jitter_order(points):
    order = np.arange(len(points))
    np.random.shuffle(order)
    return points[order]


class PointClouds(Dataset):
    def __init__(self, clouds):
        super().__init__()
        self.clouds = clouds

    def len(self):
        return len(self.clouds)

    def get(self, index):
        return Data(pos=torch.from_numpy(jitter_order(self.clouds[index])))

    def __getitem__(self, index):
        return self.get(index)
