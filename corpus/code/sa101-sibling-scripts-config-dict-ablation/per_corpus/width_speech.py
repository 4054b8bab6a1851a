"""The main denoiser on the speech recordings."""
import torch

from denoiser import Denoiser, fit

torch.manual_seed(2718)  # expect: SA104

SETTINGS = {
    "model": {"width": 64, "depth": 4},
    "train": {"lr": 3e-4, "steps": 2000, "noise": 0.3},
    "data": {"corpus": "speech"},
}


def main():
    clean = torch.load(f"recordings/{SETTINGS['data']['corpus']}.pt")
    model = Denoiser(SETTINGS["model"]["width"], SETTINGS["model"]["depth"])
    print(SETTINGS["data"]["corpus"], fit(model, SETTINGS, clean))


if __name__ == "__main__":
    main()
