"""Writes patch embeddings of a frozen ImageNet backbone for a nearest-neighbour anomaly scorer."""
import argparse
import random

import torch
from torchvision.models import resnet18, wide_resnet50_2

from images import PartImages

PARTS = ["bottle", "cable", "screw"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--backbone", choices=["resnet18", "wide_resnet50_2"], default="wide_resnet50_2")
    parser.add_argument("--root", default="data")
    args = parser.parse_args()
    net = resnet18(weights="DEFAULT") if args.backbone == "resnet18" else wide_resnet50_2(weights="DEFAULT")
    net.eval()
    total, kept = (448, 100) if args.backbone == "resnet18" else (1792, 550)
    random.seed(5)
    channels = torch.tensor(random.sample(range(total), kept))
    features = []
    net.layer2.register_forward_hook(lambda module, inputs, output: features.append(output))
    for part in PARTS:
        loader = torch.utils.data.DataLoader(PartImages(args.root, part, "train"), batch_size=16)
        with torch.no_grad():
            for batch in loader:
                net(batch)
        torch.save(torch.cat(features)[:, channels[channels < features[0].shape[1]]], f"{part}_{args.backbone}.pt")
        features.clear()


if __name__ == "__main__":
    main()
