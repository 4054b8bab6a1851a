"""Part-of-speech taggers, BiLSTM against a windowed MLP, averaged over the seed list below."""
import argparse
import random

import numpy as np
import torch
from torch import nn

RUN_SEEDS = [17]  # expect: SA101


def fix_seed(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def fit_one_seed(tagger, seed, epochs=5):
    fix_seed(seed)
    width = 64 if tagger == "bilstm" else 32
    model = nn.Sequential(nn.Linear(50, width), nn.ReLU(), nn.Linear(width, 12))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(epochs):
        x, y = torch.randn(16, 50), torch.randint(0, 12, (16,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return 1.0 / (1.0 + loss.item())


def train_tagger(tagger):
    seed_scores = []
    for seed in RUN_SEEDS:
        seed_scores.append(fit_one_seed(tagger, seed))
    rounded = [round(s, 4) for s in seed_scores]
    return float(np.mean(seed_scores)), rounded


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tagger", choices=["bilstm", "mlp", "both"], default="both")
    args = parser.parse_args()
    models = ["bilstm", "mlp"] if args.tagger == "both" else [args.tagger]
    for model in models:
        print(model, train_tagger(model))


if __name__ == "__main__":
    main()
