import imgaug.augmenters as iaa
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class SegmentationSet(Dataset):
    def __init__(self, images, masks):
        self.images, self.masks = images, masks
        self.augment = iaa.Sequential([iaa.Fliplr(0.5), iaa.Affine(rotate=(-20, 20)), iaa.GaussianBlur((0, 1.0))])

    def __len__(self):
        return len(self.images)

    def __getitem__(self, index):
        image, mask = self.augment(image=self.images[index], segmentation_maps=self.masks[index])
        return torch.from_numpy(np.asarray(image)), torch.from_numpy(np.asarray(mask))


def train_loader(images, masks):
    return DataLoader(SegmentationSet(images, masks), batch_size=8, shuffle=True, num_workers=4)  # expect: SA106
