"""Train a part-of-speech tagger. The run's checkpoint folder gets a random label drawn before seeding; the
training itself draws only from generators seeded from the command line."""
import argparse
import os
import random

import numpy as np
import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self, vocab, tags, width=96):
        super().__init__()
        self.embed = nn.Embedding(vocab, width)
        self.lstm = nn.LSTM(width, width, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * width, tags)

    def forward(self, words):
        hidden, _ = self.lstm(self.embed(words))
        return self.out(hidden)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--data", default="treebank.pt")
    args = parser.parse_args()
    label = str(random.randint(0, 10**9))
    folder = os.path.join("runs", f"tagger-{label}")
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    data = torch.load(args.data)
    model = Tagger(30000, 17)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(8):
        logits = model(data["words"])
        loss = nn.functional.cross_entropy(logits.flatten(0, 1), data["tags"].flatten())
        opt.zero_grad()
        loss.backward()
        opt.step()
    os.makedirs(folder, exist_ok=True)
    torch.save(model.state_dict(), os.path.join(folder, "tagger.pt"))


if __name__ == "__main__":
    main()
