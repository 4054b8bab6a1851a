import argparse

import torch
from torch.utils.data import DataLoader

from augment import RandomCrop
from folder import ImageFolderDataset


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    train_set = ImageFolderDataset("data/train", transform=RandomCrop(224))
    train_loader = DataLoader(train_set, batch_size=64, shuffle=True, num_workers=args.workers)  # expect: SA106
    for images, labels in train_loader:
        pass


if __name__ == "__main__":
    main()
