"""Embed the test trajectories with the trained encoder and report how far a sample of them moves."""
import argparse

import numpy as np
import torch
from torch import nn


def embed(encoder, trajectories):
    with torch.no_grad():
        return encoder(trajectories).numpy()


def shift_statistics(before, after, path, sample=80):
    picked = np.random.choice(len(before), size=min(sample, len(before)), replace=False)  # expect: SA105
    shift = np.linalg.norm(after[picked] - before[picked], axis=1)
    np.savetxt(path, [shift.mean(), shift.std()])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    encoder = nn.Linear(16, 2)
    encoder.load_state_dict(torch.load("checkpoints/encoder.pt"))
    trajectories = torch.load("data/test_trajectories.pt")
    before = embed(encoder, trajectories)
    after = embed(encoder, trajectories + 0.1 * torch.randn_like(trajectories))
    shift_statistics(before, after, "results/shift.txt")


if __name__ == "__main__":
    main()
