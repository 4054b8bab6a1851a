"""Batches of similar length: the sampler shuffles in the main process, the workers only read items."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset, Sampler


class Sentences(Dataset):
    def __init__(self, token_ids):
        self.token_ids = token_ids

    def __len__(self):
        return len(self.token_ids)

    def __getitem__(self, index):
        return torch.as_tensor(self.token_ids[index])

    def length_sampler(self, batch_size):
        return LengthBuckets([len(ids) for ids in self.token_ids], batch_size)


class LengthBuckets(Sampler):
    def __init__(self, lengths, batch_size):
        self.lengths = lengths
        self.batch_size = batch_size

    def __iter__(self):
        order = np.argsort(self.lengths)
        batches = [order[i:i + self.batch_size] for i in range(0, len(order), self.batch_size)]
        for index in np.random.permutation(len(batches)):
            yield batches[index].tolist()

    def __len__(self):
        return (len(self.lengths) + self.batch_size - 1) // self.batch_size


def loader(token_ids, batch_size=32):
    data = Sentences(token_ids)
    return DataLoader(data, batch_sampler=data.length_sampler(batch_size), num_workers=4,
                      collate_fn=lambda items: torch.nn.utils.rnn.pad_sequence(items, batch_first=True))
