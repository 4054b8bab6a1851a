import numpy as np


class RandomCrop:
    def __init__(self, size):
        self.size = size

    def __call__(self, image):
        h, w = image.shape[:2]
        top = np.random.randint(0, h - self.size + 1)
        left = np.random.randint(0, w - self.size + 1)
        return image[top:top + self.size, left:left + self.size]
