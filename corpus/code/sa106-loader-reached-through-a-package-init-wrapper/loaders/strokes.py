"""Handwriting strokes with a random time warp, drawn in each worker."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class Strokes(Dataset):
    def __init__(self, root):
        self.samples = torch.load(f"{root}/strokes.pt")

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, index):
        stroke = self.samples[index]
        warp = np.random.uniform(0.8, 1.2)
        return torch.nn.functional.interpolate(stroke[None], scale_factor=warp)[0]


def pad_strokes(batch):
    longest = max(len(stroke) for stroke in batch)
    return torch.stack([torch.nn.functional.pad(s, (0, 0, 0, longest - len(s))) for s in batch])


def stroke_loader(root, batch):
    return DataLoader(Strokes(root), batch_size=batch, shuffle=True, num_workers=6,  # expect: SA106
                      collate_fn=pad_strokes)
