"""Random crops drawn by a helper that the dataset's __getitem__ calls, inside the DataLoader workers."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


def random_crop(image, size):
    top = np.random.randint(0, image.shape[0] - size + 1)
    left = np.random.randint(0, image.shape[1] - size + 1)
    return image[top:top + size, left:left + size]


class Crops(Dataset):
    def __init__(self, images, size=32):
        self.images = images
        self.size = size

    def __len__(self):
        return len(self.images)

    def __getitem__(self, index):
        return torch.as_tensor(self._augment(self.images[index]))

    def _augment(self, image):
        return random_crop(image, self.size)


def loader(images):
    return DataLoader(Crops(images), batch_size=64, shuffle=True, num_workers=8)  # expect: SA106
