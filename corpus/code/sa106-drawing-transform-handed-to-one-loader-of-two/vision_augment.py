"""Augmentations and loaders shared by the training scripts."""
import numpy as np
import torch
from torchvision import datasets, transforms


class RandomErase:
    """Blank one random square of the image tensor."""

    def __init__(self, size):
        self.size = size

    def __call__(self, image):
        top, left = np.random.randint(0, image.shape[-1] - self.size, size=2)
        image[..., top:top + self.size, left:left + self.size] = 0
        return image


def erased_loader(root, batch_size):
    augment = transforms.Compose([transforms.RandomCrop(32, padding=4), transforms.ToTensor(), RandomErase(8)])
    train = datasets.CIFAR10(root, train=True, transform=augment, download=True)
    return torch.utils.data.DataLoader(train, batch_size=batch_size, shuffle=True, num_workers=4)  # expect: SA106
