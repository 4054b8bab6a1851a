"""Latent noise for the generator: the prior the generator maps to images."""
import numpy as np
import torch


def gaussian_noise(batch_size, dim=64):
    return torch.from_numpy(np.random.normal(size=(batch_size, dim))).float()  # expect: SA105


def uniform_noise(batch_size, dim=64):
    return torch.from_numpy(np.random.uniform(-1.0, 1.0, size=(batch_size, dim))).float()
