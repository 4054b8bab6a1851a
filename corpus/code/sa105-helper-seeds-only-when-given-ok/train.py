"""Train the point classifier with augmented clouds (each run a fresh draw)."""
import numpy as np
import torch
from torch import nn

from augment import augment


def main():
    clouds, labels = np.load("clouds.npy"), np.load("labels.npy")
    model = nn.Sequential(nn.Flatten(), nn.Linear(1024 * 3, 256), nn.ReLU(), nn.Linear(256, 40))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(50):
        for start in range(0, len(clouds), 32):
            batch = np.stack([augment(c) for c in clouds[start:start + 32]])
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(torch.as_tensor(batch).float()),
                                               torch.as_tensor(labels[start:start + 32]).long())
            loss.backward()
            optimizer.step()
    torch.save(model.state_dict(), "classifier.pt")


if __name__ == "__main__":
    main()
