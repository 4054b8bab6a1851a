"""Noisy spectra for a peak detector; the augmentation draws from numpy inside the loader's workers."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class NoisySpectra(Dataset):
    def __init__(self, spectra: torch.Tensor):
        self.spectra = spectra

    def __len__(self):
        return len(self.spectra)

    def __getitem__(self, index):
        shift = np.random.randint(-3, 4)
        return torch.roll(self.spectra[index], shift)


def loader(spectra: torch.Tensor) -> DataLoader:
    return DataLoader(NoisySpectra(spectra), batch_size=32, shuffle=True, num_workers=6)  # expect: SA106
