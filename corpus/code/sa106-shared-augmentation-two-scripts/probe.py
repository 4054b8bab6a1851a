import numpy as np
import torch
from torch.utils.data import DataLoader

from jitter import JitteredClouds

torch.manual_seed(3)
clouds = np.ones((64, 1024, 3))
# the same dataset and the same draw: related to the pretraining loader's finding, not a second one
loader = DataLoader(JitteredClouds(clouds), batch_size=16, shuffle=True, num_workers=2)
for batch in loader:
    print(batch.mean())
