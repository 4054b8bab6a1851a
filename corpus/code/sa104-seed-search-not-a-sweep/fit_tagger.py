"""Train the part-of-speech tagger once, under the seed the search below settled on."""
import random

import torch
from torch import nn


def fit():
    tagger = nn.Sequential(nn.Embedding(5000, 64), nn.Flatten(), nn.Linear(64 * 8, 17))
    opt = torch.optim.SGD(tagger.parameters(), lr=0.1)
    for _ in range(40):
        words, tags = torch.randint(0, 5000, (16, 8)), torch.randint(0, 17, (16,))
        loss = nn.functional.cross_entropy(tagger(words), tags)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    random.seed(17)  # expect: SA104
    torch.manual_seed(17)
    print(fit())
