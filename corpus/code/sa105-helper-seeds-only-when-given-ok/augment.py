"""Point-cloud augmentations: Gaussian jitter and a random rotation about the vertical axis."""
import numpy as np


def jitter(points, sigma=0.01):
    return points + np.random.normal(0.0, sigma, points.shape)


def vertical_rotation(seed=None):
    """A random rotation about z; give `seed` to get the same one again (for a figure)."""
    if seed is not None:
        np.random.seed(seed)
    angle = np.random.uniform(0.0, 2.0 * np.pi)
    c, s = np.cos(angle), np.sin(angle)
    return np.array([[c, -s, 0.0], [s, c, 0.0], [0.0, 0.0, 1.0]])


def augment(points):
    points = jitter(points)
    return points @ vertical_rotation()
