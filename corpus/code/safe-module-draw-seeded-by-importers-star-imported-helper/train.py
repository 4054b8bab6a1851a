"""Train the spectrogram classifier with noise augmentation."""
import numpy as np
import torch
from torch import nn

from augment import jitter
from common import *


def main():
    args = arguments()
    seed_everything(args.seed)
    net = nn.Linear(64, 4)
    opt = torch.optim.SGD(net.parameters(), lr=0.1)
    specs, labels = np.ones((32, 64), dtype=np.float32), torch.zeros(32, dtype=torch.long)
    for _ in range(args.epochs):
        batch = torch.from_numpy(jitter(specs).astype(np.float32))
        loss = nn.functional.cross_entropy(net(batch), labels)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
