"""Quick look at how noisy the toy objective is: deliberately unseeded, every run is a new draw."""
import random

import numpy as np
import torch

values = [random.gauss(0, 1) for _ in range(100)]
noise = np.random.normal(0, 0.1, size=100)
weights = torch.randn(100)
print(float(np.mean(values) + noise.mean() + weights.mean().item()))
