"""Turns predicted mel spectrograms into audio with the pretrained vocoder."""
import sys

import numpy as np
import torch

from audio import load_vocoder

if __name__ == "__main__":
    net = load_vocoder("vocoder.pt")
    with torch.no_grad():
        for path in sys.argv[1:]:
            mel = torch.from_numpy(np.load(path)).unsqueeze(0)
            np.save(path.replace(".npy", "_wav.npy"), net(mel).squeeze().numpy())
