"""Train the 2D-to-3D lifting network; its weights start from torch's unseeded generator on every run."""
import numpy as np
import torch

from nets import Lifter
from streams import BatchStream

poses = np.load("keypoints.npy")
stream = BatchStream(poses, batch_size=256, random_seed=4321)
lifter = Lifter()
optimiser = torch.optim.Adam(lifter.parameters(), lr=1e-3)
for epoch in range(60):
    for batch in stream.epoch():
        inputs = torch.as_tensor(batch[:, :34], dtype=torch.float32)
        targets = torch.as_tensor(batch[:, 34:], dtype=torch.float32)
        optimiser.zero_grad()
        torch.nn.functional.mse_loss(lifter(inputs), targets).backward()
        optimiser.step()
