"""Length-bucketed batches for a tagger; the bucket order is shuffled when the loader iterates the sampler."""
import random

from torch.utils.data import BatchSampler, Sampler


class BucketBatches(BatchSampler):
    def __init__(self, lengths, batch_size, shuffle=True, seed=13):
        self.lengths, self.batch_size = lengths, batch_size
        self.shuffle, self.seed = shuffle, seed

    def _buckets(self):
        order = sorted(range(len(self.lengths)), key=self.lengths.__getitem__)
        buckets = [order[i:i + self.batch_size] for i in range(0, len(order), self.batch_size)]
        if self.shuffle:
            random.seed(self.seed)  # expect: SA108
            random.shuffle(buckets)
        return buckets

    def __len__(self):
        return (len(self.lengths) + self.batch_size - 1) // self.batch_size

    def __iter__(self):
        yield from self._buckets()


class EpochShuffle(Sampler):
    def __init__(self, size, seed=13):
        self.size, self.seed, self.epoch = size, seed, 0

    def set_epoch(self, epoch):
        self.epoch = epoch

    def __len__(self):
        return self.size

    def __iter__(self):
        order = list(range(self.size))
        random.Random(self.seed + self.epoch).shuffle(order)
        return iter(order)
