import numpy as np
import torch

from loading import batches
from patches import RandomPatches

torch.manual_seed(0)
tiles = np.load("tiles.npy")
cuts = RandomPatches(tiles)
net = torch.nn.Conv2d(4, 8, 3)
for batch in batches(cuts):
    print(net(batch.float()).mean().item())
