import numpy as np
import torch
from torch_geometric.data import DataLoader

from points import PointClouds

torch.manual_seed(3)
np.random.seed(3)
clouds = PointClouds([np.random.rand(1024, 3).astype("float32") for _ in range(128)])
loader = DataLoader(clouds, batch_size=16, shuffle=True, num_workers=8)  # expect: SA106
for batch in loader:
    pass
