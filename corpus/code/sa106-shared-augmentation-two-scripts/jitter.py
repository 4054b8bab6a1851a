"""A point-cloud dataset shared by the pretraining and the probing scripts."""
import numpy as np
import torch
from torch.utils.data import Dataset


class JitteredClouds(Dataset):
    def __init__(self, clouds):
        self.clouds = clouds

    def __len__(self):
        return len(self.clouds)

    def __getitem__(self, index):
        cloud = self.clouds[index]
        noise = np.random.normal(0.0, 0.01, size=cloud.shape)
        return torch.as_tensor(cloud + noise, dtype=torch.float32)
