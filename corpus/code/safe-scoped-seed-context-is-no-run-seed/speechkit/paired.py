"""Paired speech/text examples: a fixed bucket order per epoch, random frame masking per example."""
import numpy as np
import torch

from speechkit.rng import seeded_numpy


class PairedFrames:
    def __init__(self, pairs, mask_share=0.2, seed=11):
        self.pairs, self.mask_share, self.seed = pairs, mask_share, seed

    def bucket_order(self, epoch):
        with seeded_numpy(self.seed, epoch):
            return np.random.permutation(len(self.pairs))

    def masked(self, index):
        frames, text = self.pairs[index]
        keep = torch.rand(frames.shape[0]) >= self.mask_share
        return frames * keep.unsqueeze(-1), text
