"""Frame classification: normalised images only, no random augmentation."""
import torch
from torch.utils.data import DataLoader

from augment.photo import Normalise
from data import Frames

torch.manual_seed(0)
frames = Frames([torch.rand(3, 32, 32) * 255 for _ in range(64)], Normalise())
loader = DataLoader(frames, batch_size=8, shuffle=True, num_workers=4)
for batch in loader:
    pass
