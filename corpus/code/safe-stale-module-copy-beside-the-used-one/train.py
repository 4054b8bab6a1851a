"""Train the denoiser on the water-vapour fields and save it."""
import numpy as np
import torch

from sampler import Denoiser, DiffusionSampler


def main(seed=11):
    torch.manual_seed(seed)
    np.random.seed(seed)
    fields = torch.tensor(np.load("data/fields.npy"), dtype=torch.float32)
    sampler = DiffusionSampler(Denoiser(fields.shape[1]))
    optimiser = torch.optim.Adam(sampler.parameters(), lr=2e-4)
    for _ in range(100):
        for batch in fields.split(256):
            optimiser.zero_grad()
            sampler.loss(batch).backward()
            optimiser.step()
    torch.save(sampler.state_dict(), "denoiser.pt")


if __name__ == "__main__":
    main()
