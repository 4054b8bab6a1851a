"""Two augmented views per image for contrastive pretraining; the colour jitter strength is drawn per call."""
import numpy as np
from torchvision import datasets, transforms


class RandomSolarize:
    def __call__(self, image):
        threshold = np.random.uniform(0.4, 0.9)
        return image.point(lambda v: 255 - v if v > threshold * 255 else v)


class TwoViews:
    def __init__(self, base):
        self.base = base

    def __call__(self, image):
        return [self.base(image), self.base(image)]


class ViewDatasets:
    def __init__(self, root):
        self.root = root

    def get(self, name):
        base = transforms.Compose([transforms.RandomResizedCrop(32), RandomSolarize(), transforms.ToTensor()])
        if name == "cifar10":
            return datasets.CIFAR10(self.root, train=True, transform=TwoViews(base), download=True)
        return datasets.STL10(self.root, split="unlabeled", transform=TwoViews(base), download=True)
