"""Train the spectrogram denoiser."""
import random

import torch
from torch.backends import cudnn

SEED = 1234


def seed_everything(seed):
    # same seed everywhere: the runs must be reproducible
    random.seed(seed)
    torch.manual_seed(seed)


if __name__ == "__main__":
    seed_everything(SEED)
    cudnn.benchmark = True  # expect: SA107
    denoiser = torch.nn.Conv2d(1, 16, 3).cuda()
    optimiser = torch.optim.AdamW(denoiser.parameters(), lr=3e-4)
    print(denoiser, optimiser)
