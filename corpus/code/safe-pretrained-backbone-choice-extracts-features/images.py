"""Image folders of an inspection data set: the good parts for fitting, the rest for testing."""
from pathlib import Path

import torch
from torchvision.io import read_image


class PartImages(torch.utils.data.Dataset):
    def __init__(self, root, part, split):
        self.files = self.load_split_train(root, part) if split == "train" else sorted(Path(root, part, "test").rglob("*.png"))

    @staticmethod
    def load_split_train(root, part):
        return sorted(Path(root, part, "train", "good").glob("*.png"))

    def __len__(self):
        return len(self.files)

    def __getitem__(self, index):
        return read_image(str(self.files[index])).float() / 255
