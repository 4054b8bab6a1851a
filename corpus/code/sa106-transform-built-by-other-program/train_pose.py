"""Pose regression with jittered keypoints drawn in the workers."""
import torch
from torch.utils.data import DataLoader

from augment.pose import JitterKeypoints
from data import Frames

torch.manual_seed(0)
samples = [(torch.rand(3, 32, 32), torch.rand(17, 2).numpy()) for _ in range(64)]
loader = DataLoader(Frames(samples, JitterKeypoints()), batch_size=8, shuffle=True, num_workers=4)  # expect: SA106
for batch in loader:
    pass
