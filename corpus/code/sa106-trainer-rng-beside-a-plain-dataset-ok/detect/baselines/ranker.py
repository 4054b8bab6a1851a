"""A ranking baseline that samples its own triplets in the main process."""
import numpy as np


class TripletRanker:
    def __init__(self, seed):
        self.rng = np.random.RandomState(seed)

    def sample_triplets(self, normal, anomalous, count):
        anchors = self.rng.choice(len(normal), count)
        negatives = self.rng.choice(len(anomalous), count)
        return normal[anchors], anomalous[negatives]
