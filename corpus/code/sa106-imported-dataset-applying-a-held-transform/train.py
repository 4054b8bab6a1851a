import glob

import torch

from crops import SpectrogramCrops
from jitter import GainJitter

torch.manual_seed(0)
windows = SpectrogramCrops(sorted(glob.glob("spectrograms/*.npy")), transform=GainJitter())
loader = torch.utils.data.DataLoader(windows, batch_size=32, shuffle=True, num_workers=6)  # expect: SA106
encoder = torch.nn.Conv1d(80, 16, 5)
for batch in loader:
    print(encoder(batch.float()).mean().item())
