import numpy as np
import torch
from torch.utils.data import Dataset


class FewShotSubset(Dataset):
    """The same 50 labelled examples in every run: the seed fixes which ones are kept."""

    def __init__(self, features, labels, keep=50):
        np.random.seed(0)
        kept = np.random.choice(len(features), keep, replace=False)
        self.features, self.labels = features[kept], labels[kept]

    def __len__(self):
        return len(self.features)

    def __getitem__(self, index):
        return torch.as_tensor(self.features[index]), int(self.labels[index])
