import argparse

import numpy as np
import torch
from torch import nn


class SmallCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(3, 16, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
                                  nn.Linear(16, 10))

    def forward(self, x):
        return self.body(x)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    np.random.seed(args.seed)
    torch.cuda.manual_seed_all(args.seed)
    images = torch.randn(64, 3, 32, 32)  # expect: SA105
    labels = torch.randint(0, 10, (64,))
    model = SmallCNN()
    loss = nn.functional.cross_entropy(model(images), labels)
    loss.backward()


if __name__ == "__main__":
    main()
