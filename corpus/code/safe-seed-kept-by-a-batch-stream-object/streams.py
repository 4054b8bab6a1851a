"""Batches of 2D keypoint sequences, reshuffled every epoch by the stream's own generator."""
import numpy as np


class BatchStream:
    def __init__(self, poses, batch_size, random_seed=1234):
        self.poses = poses
        self.batch_size = batch_size
        self.random = np.random.RandomState(random_seed)

    def epoch(self):
        order = self.random.permutation(len(self.poses))
        for start in range(0, len(order), self.batch_size):
            yield self.poses[order[start:start + self.batch_size]]
