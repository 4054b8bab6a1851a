"""usage: python train.py {plain|mixup|cutout} {svhn|stl}"""
import sys

import torch
import torchvision
from torch import nn
from torchvision import transforms


def small_cnn(channels):
    return nn.Sequential(nn.Conv2d(channels, 32, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, 10))


def main():
    torch.manual_seed(11)  # expect: SA104
    augment = [transforms.ToTensor()]
    mixup = False
    if sys.argv[1] == "plain":
        pass
    elif sys.argv[1] == "mixup":
        mixup = True
    elif sys.argv[1] == "cutout":
        augment.append(transforms.RandomErasing(p=0.5))
    else:
        sys.exit("unknown variant")
    if sys.argv[2] == "svhn":
        data = torchvision.datasets.SVHN("data", split="train", download=True, transform=transforms.Compose(augment))
    elif sys.argv[2] == "stl":
        data = torchvision.datasets.STL10("data", split="train", download=True, transform=transforms.Compose(augment))
    else:
        sys.exit("unknown data set")
    loader = torch.utils.data.DataLoader(data, batch_size=128, shuffle=True)
    model = small_cnn(3)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    for images, labels in loader:
        if mixup:
            lam = torch.distributions.Beta(0.4, 0.4).sample()
            order = torch.randperm(len(images))
            images = lam * images + (1 - lam) * images[order]
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(images), labels).backward()
        optimizer.step()
    torch.save(model.state_dict(), f"{sys.argv[1]}_{sys.argv[2]}.pt")


if __name__ == "__main__":
    main()
