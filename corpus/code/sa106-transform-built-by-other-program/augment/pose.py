import numpy as np


class JitterKeypoints:
    """Moves every keypoint by a random offset: only the pose programs build it."""

    def __init__(self, scale=2.0):
        self.scale = scale

    def __call__(self, sample):
        image, points = sample
        return image, points + np.random.uniform(-self.scale, self.scale, size=points.shape)
