"""Train the LSTM tagger, then write its tagging accuracy on held-out sentences beside its training time."""
import argparse
import json
import time

import torch
from torch import nn


class LstmTagger(nn.Module):
    def __init__(self, vocab, width, labels):
        super().__init__()
        self.embed = nn.Embedding(vocab, width)
        self.rnn = nn.LSTM(width, width, batch_first=True)
        self.out = nn.Linear(width, labels)

    def forward(self, tokens):
        hidden, _ = self.rnn(self.embed(tokens))
        return self.out(hidden)


def train(model, batches, epochs):
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for _ in range(epochs):
        for tokens, tags in batches:
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(tokens).flatten(0, 1), tags.flatten()).backward()
            optimizer.step()


def tagging_accuracy(model, batches):
    with torch.no_grad():
        right = sum((model(tokens).argmax(-1) == tags).sum().item() for tokens, tags in batches)
    return right / sum(tags.numel() for _, tags in batches)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/tagged.pt")
    parser.add_argument("--epochs", type=int, default=20)
    args = parser.parse_args()
    torch.manual_seed(31)
    train_batches, held_out = torch.load(args.data)
    model = LstmTagger(5000, 128, 17)
    started = time.time()
    train(model, train_batches, args.epochs)
    seconds = time.time() - started
    print(json.dumps({"accuracy": tagging_accuracy(model, held_out), "train_time": seconds}))


if __name__ == "__main__":
    main()
