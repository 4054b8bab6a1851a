"""How long the LSTM tagger takes: a few epochs' wall-clock time per epoch and per batch of inference, written to CSV."""
import argparse
import csv
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


def time_training(model, batches, epochs):
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    epoch_seconds = []
    for _ in range(epochs):
        start = time.perf_counter()
        for tokens, tags in batches:
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(model(tokens).flatten(0, 1), tags.flatten())
            loss.backward()
            optimizer.step()
        epoch_seconds.append(time.perf_counter() - start)
    return epoch_seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--out", default="timings/lstm.csv")
    args = parser.parse_args()
    torch.manual_seed(5)
    batches = [(torch.randint(0, 5000, (32, 40)), torch.randint(0, 17, (32, 40))) for _ in range(50)]
    model = LstmTagger(5000, 128, 17)
    epoch_seconds = time_training(model, batches, args.epochs)
    start = time.perf_counter()
    with torch.no_grad():
        model(batches[0][0])
    inference_seconds = time.perf_counter() - start
    with open(args.out, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["mean epoch time", "inference time"])
        writer.writerow([sum(epoch_seconds) / len(epoch_seconds), inference_seconds])


if __name__ == "__main__":
    main()
