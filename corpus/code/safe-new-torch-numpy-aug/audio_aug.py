import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class GainJitter(Dataset):
    def __init__(self, waves):
        self.waves = waves

    def __len__(self):
        return len(self.waves)

    def __getitem__(self, index):
        gain = np.random.uniform(0.8, 1.2)
        return torch.as_tensor(self.waves[index] * gain)


def loader(waves, seed):
    torch.manual_seed(seed)
    np.random.seed(seed)
    return DataLoader(GainJitter(waves), batch_size=16, shuffle=True, num_workers=4)
