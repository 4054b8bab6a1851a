"""Fit the convolutional tagger on the treebank sample and save it."""
import argparse

import torch
from torch import nn

from taggers import ConvolutionalTagger


def batches(count, length=25):
    words = torch.randint(0, 5000, (count, 16, length))
    return list(zip(words, torch.randint(0, 17, (count, 16, length))))


def main():
    parser = argparse.ArgumentParser(description="convolutional tagger")
    parser.add_argument("--width", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--seed", type=int, default=2718)
    args = parser.parse_args()
    torch.manual_seed(args.seed)  # expect: SA101
    model = ConvolutionalTagger(args.width)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    data = batches(30)
    for epoch in range(args.epochs):
        total = 0.0
        for words, tags in data:
            optimizer.zero_grad()
            error = nn.functional.cross_entropy(model(words).reshape(-1, 17), tags.reshape(-1))
            error.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            total += error.item()
        print(f"epoch {epoch}: {total / len(data):.3f}")
    torch.save(model.state_dict(), "convolutional.pt")


if __name__ == "__main__":
    main()
