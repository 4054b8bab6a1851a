"""Print a few jittered traces to eyeball the augmentation; seeds numpy for a stable preview."""
import numpy as np
import torch

from pipeline.jitter import jitter

np.random.seed(1)
print(jitter(torch.zeros(4, 32)))
