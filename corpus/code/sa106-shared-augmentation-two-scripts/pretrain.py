import numpy as np
import torch
from torch.utils.data import DataLoader

from jitter import JitteredClouds

torch.manual_seed(3)
clouds = np.zeros((256, 1024, 3))
loader = DataLoader(JitteredClouds(clouds), batch_size=32, shuffle=True, num_workers=6)  # expect: SA106
for batch in loader:
    print(batch.shape)
