"""Pooling head variants of a small text classifier, each trained from a copy of one settings dict."""
import numpy as np
import torch
from torch import nn


def make_batches(size, rows=256):
    tokens = torch.randint(0, size, (rows, 12))
    labels = (tokens.float().mean(dim=1) > size / 2).long()
    return list(zip(tokens.split(32), labels.split(32)))


class Classifier(nn.Module):
    def __init__(self, size, width, pooling):
        super().__init__()
        self.embed = nn.Embedding(size, width)
        self.pooling = pooling
        self.out = nn.Linear(width, 2)

    def forward(self, tokens):
        vectors = self.embed(tokens)
        pooled = vectors.max(dim=1).values if self.pooling == "max" else vectors.mean(dim=1)
        return self.out(pooled)


def train_variant(settings):
    torch.manual_seed(settings["seed"])
    np.random.seed(settings["seed"])
    batches = make_batches(settings["vocab"])
    model = Classifier(settings["vocab"], settings["width"], settings["pooling"])
    opt = torch.optim.Adam(model.parameters(), lr=settings["lr"])
    for _ in range(settings["epochs"]):
        for tokens, labels in batches:
            opt.zero_grad()
            nn.functional.cross_entropy(model(tokens), labels).backward()
            opt.step()
    with torch.no_grad():
        return sum((model(t).argmax(1) == y).float().mean().item() for t, y in batches) / len(batches)


def main():
    defaults = {
        "vocab": 50,
        "width": 16,
        "lr": 0.01,
        "epochs": 3,
        "seed": 11,  # expect: SA101
    }
    scores = {}
    for pooling in ["mean", "max"]:
        settings = defaults.copy()
        settings["pooling"] = pooling
        scores[pooling] = train_variant(settings)
    print(max(scores, key=scores.get), scores)


if __name__ == "__main__":
    main()
