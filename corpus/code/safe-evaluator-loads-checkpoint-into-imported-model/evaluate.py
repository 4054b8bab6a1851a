"""Scores the trained denoiser on one fixed set of masked samples, so that every checkpoint meets the same mask."""
import numpy as np
import torch

from train_denoiser import Denoiser


def load_denoiser(path, channels):
    checkpoint = torch.load(path)
    model = Denoiser(channels)
    model.load_state_dict(checkpoint["state"])
    model.eval()
    return model


if __name__ == "__main__":
    np.random.seed(0)
    signals = torch.load("signals_test.pt")
    mask = torch.from_numpy(np.random.rand(*signals.shape) > 0.2)
    model = load_denoiser("denoiser.pt", signals.shape[-1])
    with torch.no_grad():
        error = ((model(signals * mask) - signals) ** 2).mean()
    print(f"masked MSE {error:.4f}")
