"""Train a small denoiser on petal sketches, or, with --sample, draw sketches from a trained one."""
import argparse

import numpy as np
import torch


def build_denoiser():
    return torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.SiLU(), torch.nn.Linear(128, 64))


def fit(denoiser, run):
    optimizer = torch.optim.Adam(denoiser.parameters(), lr=2e-4)
    sketches = torch.rand(256, 64)
    for epoch in range(50):
        optimizer.zero_grad()
        noise = torch.randn_like(sketches)
        loss = (denoiser(sketches + noise) - noise).pow(2).mean()
        loss.backward()
        optimizer.step()
    torch.save(denoiser.state_dict(), f"runs/{run}/denoiser.pt")


def draw(denoiser, run, steps, eta):
    denoiser.load_state_dict(torch.load(f"runs/{run}/denoiser.pt"))
    noise = torch.randn(16, 64)
    for step in range(steps):
        noise = noise - denoiser(noise) / steps + eta * 0.01 * torch.randn_like(noise)
    np.save(f"runs/{run}/sketches.npy", noise.detach().numpy())


if __name__ == "__main__":
    cli = argparse.ArgumentParser()
    cli.add_argument("--config", required=True)
    cli.add_argument("--run", required=True)
    cli.add_argument("--sample", action="store_true", help="draw sketches instead of training")
    cli.add_argument("--steps", type=int, default=1000)
    cli.add_argument("--eta", type=float, default=1.0)
    cli.add_argument("--seed", type=int, default=1234)
    opts = cli.parse_args()
    torch.manual_seed(opts.seed)
    np.random.seed(opts.seed)
    if opts.sample:
        draw(build_denoiser(), opts.run, opts.steps, opts.eta)
    else:
        fit(build_denoiser(), opts.run)
