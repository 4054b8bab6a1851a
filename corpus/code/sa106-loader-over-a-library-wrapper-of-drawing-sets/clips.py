"""Speech clips with a random gain and a random crop per item."""
import numpy as np
from torch.utils.data import Dataset


class GainCroppedClips(Dataset):
    def __init__(self, waves, length=16000):
        self.waves = waves
        self.length = length

    def __len__(self):
        return len(self.waves)

    def __getitem__(self, index):
        wave = self.waves[index] * np.random.uniform(0.5, 1.5)
        start = np.random.randint(0, max(1, len(wave) - self.length))
        return wave[start:start + self.length]
