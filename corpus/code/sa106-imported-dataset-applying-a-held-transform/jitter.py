"""Colour jitter for spectrogram crops."""
import numpy as np


class GainJitter:
    def __init__(self, spread=0.2):
        self.spread = spread

    def __call__(self, crop):
        return crop * np.random.uniform(1 - self.spread, 1 + self.spread)
