"""Width ablation of the denoiser: 32 channels, everything else as in the main run."""
import torch

from denoiser import Denoiser, fit

torch.manual_seed(2718)

SETTINGS = {
    "model": {"width": 32, "depth": 4},
    "train": {"lr": 3e-4, "steps": 2000, "noise": 0.3},
    "run_name": "width_32",
}


def main():
    clean = torch.sin(torch.linspace(0, 60, 4096)).reshape(16, 1, 256)
    model = Denoiser(SETTINGS["model"]["width"], SETTINGS["model"]["depth"])
    print(SETTINGS["run_name"], fit(model, SETTINGS, clean))


if __name__ == "__main__":
    main()
