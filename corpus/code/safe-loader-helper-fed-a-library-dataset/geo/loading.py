from torch.utils.data import DataLoader

from geo.text import collate


def batches(dataset):
    return DataLoader(dataset, batch_size=64, collate_fn=collate, num_workers=8)
