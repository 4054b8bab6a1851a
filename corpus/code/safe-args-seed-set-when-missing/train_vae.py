"""Train a small VAE; a seed is filled in only when none is given on the command line."""
import argparse

import torch
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--latent", type=int, default=16)
    args = parser.parse_args()
    if args.seed is None:
        args.seed = 0
    torch.manual_seed(args.seed)
    encoder = nn.Linear(784, 2 * args.latent)
    decoder = nn.Linear(args.latent, 784)
    params = list(encoder.parameters()) + list(decoder.parameters())
    optimiser = torch.optim.Adam(params, lr=1e-3)
    images = torch.load("mnist_train.pt")
    for batch in images.split(128):
        mean, log_var = encoder(batch).chunk(2, dim=1)
        z = mean + torch.randn_like(mean) * (0.5 * log_var).exp()
        recon = nn.functional.binary_cross_entropy_with_logits(decoder(z), batch, reduction="sum")
        kl = -0.5 * (1 + log_var - mean.pow(2) - log_var.exp()).sum()
        optimiser.zero_grad()
        (recon + kl).backward()
        optimiser.step()


if __name__ == "__main__":
    main()
