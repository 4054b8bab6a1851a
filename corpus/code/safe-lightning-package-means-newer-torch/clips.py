"""Audio clips with a random gain and time shift drawn per example, batched by a Lightning data module."""
import lightning as L
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class ShiftedClips(Dataset):
    def __init__(self, clips, max_shift=1600):
        self.clips, self.max_shift = clips, max_shift

    def __len__(self):
        return len(self.clips)

    def __getitem__(self, index):
        clip = self.clips[index]
        shift = np.random.randint(0, self.max_shift)
        gain = np.random.uniform(0.8, 1.2)
        return torch.as_tensor(np.roll(clip, shift) * gain)


class ClipData(L.LightningDataModule):
    def __init__(self, clips, batch_size=16):
        super().__init__()
        self.clips, self.batch_size = clips, batch_size

    def train_dataloader(self):
        return DataLoader(ShiftedClips(self.clips), batch_size=self.batch_size, shuffle=True, num_workers=4)
