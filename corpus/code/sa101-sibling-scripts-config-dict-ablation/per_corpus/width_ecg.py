"""The main denoiser on the ecg recordings."""
import torch

from denoiser import Denoiser, fit

SETTINGS = {"model": {"width": 64, "depth": 4}, "train": {"lr": 3e-4, "steps": 2000, "noise": 0.3},
            "data": {"corpus": "ecg"}}
torch.manual_seed(2718)  # expect: SA104


def main():
    beats = torch.load("recordings/ecg.pt")
    print("ecg", fit(Denoiser(**SETTINGS["model"]), SETTINGS, beats))


if __name__ == "__main__":
    main()
