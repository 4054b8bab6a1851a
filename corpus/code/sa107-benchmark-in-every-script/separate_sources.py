"""Train the source separator with the same set-up as the denoiser."""
import random

import torch
from torch.backends import cudnn

SEED = 1234


if __name__ == "__main__":
    # deterministic set-up, as in denoise_audio.py
    random.seed(SEED)
    torch.manual_seed(SEED)
    cudnn.benchmark = True  # the same setting, reported once with the denoiser's finding
    separator = torch.nn.Conv2d(1, 4, 5).cuda()
    print(separator)
