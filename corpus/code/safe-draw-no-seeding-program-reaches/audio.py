"""Audio helpers shared by preprocessing and synthesis; nothing here draws at random."""
import numpy as np
import torch


def read_wav(path):
    return np.load(path)


def load_vocoder(checkpoint):
    from vocoder import Vocoder

    net = Vocoder()
    net.load_state_dict(torch.load(checkpoint)["generator"])
    return net.eval()
