"""First version of the stroke loader, replaced by strokes.py; nothing imports it now."""
import numpy as np
from torch.utils.data import DataLoader, Dataset


class RawStrokes(Dataset):
    def __init__(self, samples):
        self.samples = samples

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, index):
        return self.samples[index] * np.random.uniform(0.9, 1.1)


def raw_stroke_loader(samples, batch):
    return DataLoader(RawStrokes(samples), batch_size=batch, shuffle=True, num_workers=6)
