import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class SceneCrops(Dataset):
    def __init__(self, scenes, crop=256):
        self.scenes, self.crop = scenes, crop
        self.reseeded = False

    def __len__(self):
        return len(self.scenes)

    def __getitem__(self, index):
        if not self.reseeded:
            np.random.seed(index)
            self.reseeded = True
        scene = self.scenes[index]
        top = np.random.randint(0, scene.shape[0] - self.crop)
        return torch.from_numpy(scene[top:top + self.crop])


def make_loader(scenes):
    return DataLoader(SceneCrops(scenes), batch_size=4, shuffle=True, num_workers=8)
