"""Train one network on the noisy labels; no run seed is set on purpose (every run is a fresh draw)."""
import torch
from torch import nn
from torch.utils.data import DataLoader
from torchvision import transforms

from noisy_labels import PairNoiseMNIST


def main():
    train_set = PairNoiseMNIST("./data", train=True, download=True, transform=transforms.ToTensor())
    loader = DataLoader(train_set, batch_size=128, shuffle=True)
    net = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for images, labels in loader:
        loss = nn.functional.cross_entropy(net(images + 0.01 * torch.randn_like(images)), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
