import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class NoisyClips(Dataset):
    """Adds background noise at a random SNR to each clip."""

    def __init__(self, clips, noise, seed=0):
        self.clips = clips
        self.noise = noise
        self.rng = np.random.RandomState(seed)

    def __len__(self):
        return len(self.clips)

    def __getitem__(self, index):
        clip = self.clips[index]
        snr = self.rng.uniform(5, 20)
        start = self.rng.randint(0, len(self.noise) - len(clip))
        mixed = clip + self.noise[start:start + len(clip)] / (10 ** (snr / 20))
        return torch.as_tensor(mixed, dtype=torch.float32)


def loader(clips, noise, batch_size=32):
    return DataLoader(NoisyClips(clips, noise), batch_size=batch_size, shuffle=True,  # expect: SA106
                      num_workers=6)
