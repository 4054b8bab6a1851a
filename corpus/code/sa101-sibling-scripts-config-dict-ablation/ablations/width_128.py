"""Width ablation of the denoiser: 128 channels (main run: 64)."""
import torch

from denoiser import Denoiser, fit

SETTINGS = {"model": {"width": 128, "depth": 4}, "train": {"lr": 3e-4, "steps": 2000, "noise": 0.3}}
torch.manual_seed(2718)  # expect: SA101


def main():
    wave = torch.sin(torch.linspace(0, 60, 4096))
    net = Denoiser(**SETTINGS["model"])
    loss = fit(net, SETTINGS, wave.view(16, 1, 256))
    print(f"width 128: {loss:.4f}")


if __name__ == "__main__":
    main()
