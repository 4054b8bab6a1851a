"""Train two signalling agents that talk over a channel of the given width; save their messages per seed."""
import argparse
import os
import pickle

import torch
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--channels", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=300)
    opts = parser.parse_args()
    torch.manual_seed(opts.seed)
    speaker, listener = nn.Linear(8, opts.channels), nn.Linear(opts.channels, 8)
    optimizer = torch.optim.Adam([*speaker.parameters(), *listener.parameters()], lr=1e-2)
    for _ in range(opts.rounds):
        objects = torch.randn(64, 8)
        loss = nn.functional.mse_loss(listener(torch.tanh(speaker(objects))), objects)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    folder = f"runs/ch{opts.channels}/seed{opts.seed}"
    os.makedirs(folder, exist_ok=True)
    with open(f"{folder}/messages.pkl", "wb") as handle:
        pickle.dump(torch.tanh(speaker(torch.eye(8))).detach().numpy(), handle)


if __name__ == "__main__":
    main()
