"""Fine-tune the chosen backbone on the lesion images (each run a fresh draw) and save a feature picture."""
import argparse

import torch

from helpers import backbone, plot_embedding


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--backbone", default="resnet50")
    args = parser.parse_args()
    model = backbone(vars(args))
    data = torch.load("lesions.pt")
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)
    for images, labels in data["train"]:
        optimizer.zero_grad()
        torch.nn.functional.cross_entropy(model(images), labels).backward()
        optimizer.step()
    with torch.no_grad():
        features = torch.cat([model(images) for images, _ in data["val"]])
    plot_embedding(features.numpy(), torch.cat([y for _, y in data["val"]]).numpy(), f"{args.backbone}_tsne.png")


if __name__ == "__main__":
    main()
