import torch
from torch.utils.data import DataLoader, RandomSampler


def balanced_loader(dataset, batch_size=32):
    generator = torch.Generator()  # expect: SA193
    sampler = RandomSampler(dataset, replacement=True, num_samples=len(dataset), generator=generator)
    return DataLoader(dataset, batch_size=batch_size, sampler=sampler)
