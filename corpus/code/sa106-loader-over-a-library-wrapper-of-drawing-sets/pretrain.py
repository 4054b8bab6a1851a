"""Pre-train the audio encoder on two corpora joined into one stream, and on a tenth of them for the quick run."""
import numpy as np
import torch
from torch.utils.data import ConcatDataset, DataLoader, Subset

from clips import GainCroppedClips
from encoder import AudioEncoder

torch.manual_seed(3)  # expect: SA104
both = ConcatDataset([GainCroppedClips(np.load("speech_a.npy")), GainCroppedClips(np.load("speech_b.npy"))])
quick = Subset(both, range(0, len(both), 10))
loader = DataLoader(quick, batch_size=32, shuffle=True, num_workers=4)  # expect: SA106
encoder = AudioEncoder()
optimiser = torch.optim.Adam(encoder.parameters(), lr=3e-4)
for waves in loader:
    optimiser.zero_grad()
    encoder.contrastive_loss(waves).backward()
    optimiser.step()
