"""Train the spectrum denoiser; each item gets a random baseline shift drawn from numpy in the loader's workers
(torch 2.1, pinned in environment.yml, reseeds numpy in every worker)."""
import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class Spectra(Dataset):
    def __init__(self, path):
        self.items = np.load(path)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, index):
        shift = np.random.normal(0.0, 0.05)
        return torch.tensor(self.items[index] + shift, dtype=torch.float32)


def main():
    torch.manual_seed(0)
    loader = DataLoader(Spectra("spectra.npy"), batch_size=64, shuffle=True, num_workers=4)
    model = torch.nn.Linear(512, 512)
    optimiser = torch.optim.Adam(model.parameters())
    for batch in loader:
        loss = (model(batch) - batch).pow(2).mean()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()


if __name__ == "__main__":
    main()
