"""Embed the test trajectories with the trained encoder and plot them; the encoder was trained by train.py."""
import argparse

import matplotlib.pyplot as plt
import numpy as np
import torch
from torch import nn


def embed(encoder, trajectories):
    with torch.no_grad():
        return encoder(trajectories).numpy()


def plot_embedding_shift(before, after, path, max_arrows=80):
    plt.scatter(before[:, 0], before[:, 1], s=8, label="before")
    plt.scatter(after[:, 0], after[:, 1], s=8, label="after")
    picked = np.random.choice(len(before), size=min(max_arrows, len(before)), replace=False)  # fewer arrows: readable
    for i in picked:
        plt.arrow(before[i, 0], before[i, 1], *(after[i] - before[i]), alpha=0.3)
    plt.legend()
    plt.savefig(path)


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
    plot_embedding_shift(before, after, "figures/shift.png")


if __name__ == "__main__":
    main()
