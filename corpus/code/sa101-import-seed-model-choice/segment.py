"""Train one point-cloud segmenter; the backbone is picked on the command line."""
import argparse

import torch
from torch import nn
from torch.utils.data import DataLoader

from toolkit.loaders import part_clouds


def backbone(name):
    if name == "pointnet":
        return nn.Sequential(nn.Linear(3, 64), nn.ReLU(), nn.Linear(64, 4))
    if name == "dgcnn":
        return nn.Sequential(nn.Linear(3, 128), nn.GELU(), nn.Linear(128, 4))
    return nn.Sequential(nn.Linear(3, 96), nn.Tanh(), nn.Linear(96, 4))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--backbone", choices=["pointnet", "dgcnn", "pointmlp"], default="pointnet")
    parser.add_argument("--epochs", type=int, default=2)
    args = parser.parse_args()
    net = backbone(args.backbone)
    optimiser = torch.optim.SGD(net.parameters(), lr=0.05)
    for _ in range(args.epochs):
        for points, labels in DataLoader(part_clouds(), batch_size=8, shuffle=True):
            loss = nn.functional.cross_entropy(net(points).reshape(-1, 4), labels.reshape(-1))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    print(args.backbone, loss.item())


if __name__ == "__main__":
    main()
