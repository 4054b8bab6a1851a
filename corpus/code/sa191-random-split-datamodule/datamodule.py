import lightning as L
import torch
from torch.utils.data import DataLoader, random_split
from torchvision import datasets, transforms


class DigitsData(L.LightningDataModule):
    def __init__(self, root="data", batch_size=128):
        super().__init__()
        self.root, self.batch_size = root, batch_size

    def setup(self, stage=None):
        full = datasets.MNIST(self.root, train=True, transform=transforms.ToTensor())
        self.train_set, self.val_set = random_split(full, [55000, 5000])  # expect: SA191

    def train_dataloader(self):
        return DataLoader(self.train_set, batch_size=self.batch_size, shuffle=True)

    def val_dataloader(self):
        return DataLoader(self.val_set, batch_size=self.batch_size)
