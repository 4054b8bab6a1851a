"""Top-1 accuracy of saved classifiers on the validation images; a fixed seed for reproducible runs of this script."""
import argparse
import random

import numpy as np
import torch
import torch.backends.cudnn as cudnn
from torchvision.models import resnet50


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("checkpoints", nargs="+")
    args = parser.parse_args()
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
    cudnn.benchmark = True
    images, labels = torch.load("val_batch.pt")
    for path in args.checkpoints:
        net = resnet50()
        net.load_state_dict(torch.load(path, map_location="cpu"))
        net.eval()
        with torch.no_grad():
            print(path, (net(images).argmax(1) == labels).float().mean().item())


if __name__ == "__main__":
    main()
