"""Train a small denoiser on random patches of one volume."""
import argparse

import numpy as np
import torch

from data.patches import patch_loader


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=5)
    torch.manual_seed(parser.parse_args().seed)
    volume = torch.from_numpy(np.load("volume.npy")).float()
    model = torch.nn.Conv2d(1, 1, 3, padding=1)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    for patch in patch_loader(volume):
        noisy = patch + 0.1 * torch.randn_like(patch)
        loss = (model(noisy) - patch).pow(2).mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()


if __name__ == "__main__":
    main()
