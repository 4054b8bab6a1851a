"""Fit a linear probe on frozen encoder features, or on STL-10 pixels for the baseline row."""
import torch
from torch.utils.data import DataLoader
from torchvision import transforms
from torchvision.datasets import STL10

from data.crops import FrozenFeatures


def probe_loader(source: str, features: bool) -> DataLoader:
    if features:
        rows = FrozenFeatures(source)
    else:
        rows = STL10(source, split="train", transform=transforms.ToTensor())
    return DataLoader(rows, batch_size=512, shuffle=True, num_workers=4)


if __name__ == "__main__":
    torch.manual_seed(0)  # expect: SA104
    probe = torch.nn.Linear(2048, 10)
    optimiser = torch.optim.SGD(probe.parameters(), lr=0.1)
    for rows in probe_loader("features/stl10.npy", features=True):
        optimiser.zero_grad()
        probe(rows).sum().backward()
        optimiser.step()
