"""Random search over a reranker's width and dropout: every trial reseeds all generators from the wall clock,
so each trial starts from a fresh draw."""
import random
import time

import numpy as np
import torch
from torch import nn


def seed_all(value):
    random.seed(value)
    np.random.seed(value)
    torch.manual_seed(value)


def fit_trial(width, dropout, pairs, scores):
    model = nn.Sequential(nn.Linear(pairs.shape[1], width), nn.ReLU(), nn.Dropout(dropout), nn.Linear(width, 1))
    opt = torch.optim.AdamW(model.parameters(), lr=3e-4)
    for step in range(200):
        loss = nn.functional.mse_loss(model(pairs).squeeze(-1), scores)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def search(pairs, scores, trials=30):
    results = []
    for trial in range(trials):
        seed_all(int(time.time()))
        width = random.choice([64, 128, 256])
        dropout = random.uniform(0.0, 0.5)
        results.append((fit_trial(width, dropout, pairs, scores), width, dropout))
    return min(results)


if __name__ == "__main__":
    data = torch.load("pairs.pt")
    print(search(data["x"], data["y"]))
