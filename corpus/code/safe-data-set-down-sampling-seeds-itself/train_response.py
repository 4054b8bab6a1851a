"""Predict a drug's response class on each cell line; the majority class is down-sampled to half the rest."""
import random

import numpy as np
import torch
from torch import nn
from torch.utils import data


class ResponseSet(data.Dataset):
    def __init__(self, features, labels, sample_seed=0):
        self.sample_seed = sample_seed
        keep = self.down_sample(labels)
        self.features, self.labels = features[keep], labels[keep]

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, index):
        return self.features[index], self.labels[index]

    def down_sample(self, labels):
        values, counts = np.unique(labels, return_counts=True)
        majority = values[np.argmax(counts)]
        others = int(len(labels) - counts.max())
        random.seed(self.sample_seed)
        chosen = random.sample(list(np.where(labels == majority)[0]), k=others // 2)
        return np.sort(np.concatenate([np.where(labels != majority)[0], chosen]))


def main(seed=7):
    torch.manual_seed(seed)
    np.random.seed(seed)
    features = torch.tensor(np.load("data/features.npy"), dtype=torch.float32)
    labels = np.load("data/labels.npy")
    loader = data.DataLoader(ResponseSet(features, labels), batch_size=64, shuffle=True)
    model = nn.Sequential(nn.Linear(features.shape[1], 128), nn.ReLU(), nn.Linear(128, 3))
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(20):
        for x, y in loader:
            optimiser.zero_grad()
            nn.functional.cross_entropy(model(x), torch.as_tensor(y)).backward()
            optimiser.step()
    torch.save(model.state_dict(), "response.pt")


if __name__ == "__main__":
    main()
