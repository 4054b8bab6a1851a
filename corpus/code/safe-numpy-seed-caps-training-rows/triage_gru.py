"""Ticket triage with a GRU encoder. Tickets beyond the cap are dropped after a seeded shuffle of the rows;
the network's weights and the batch order are left unseeded on purpose."""
import argparse

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

ROW_CAP = 50000


class GruTriage(nn.Module):
    def __init__(self, vocab, width):
        super().__init__()
        self.embed = nn.Embedding(vocab, width)  # expect: SA105
        self.rnn = nn.GRU(width, width, batch_first=True)
        self.out = nn.Linear(width, 4)

    def forward(self, tokens):
        _, last = self.rnn(self.embed(tokens))
        return self.out(last[-1])


def load_rows(path):
    data = torch.load(path)
    return data["tokens"], data["queue"]


def cap_rows(tokens, queue):
    if len(tokens) > ROW_CAP:
        np.random.seed(11)
        keep = np.arange(len(tokens))
        np.random.shuffle(keep)
        keep = torch.as_tensor(keep[:ROW_CAP])
        tokens, queue = tokens[keep], queue[keep]
    return tokens, queue


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="tickets.pt")
    parser.add_argument("--lr", type=float, default=1e-3)
    args = parser.parse_args()
    tokens, queue = cap_rows(*load_rows(args.data))
    loader = DataLoader(TensorDataset(tokens, queue), batch_size=32, shuffle=True)
    model = GruTriage(20000, 128)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    for epoch in range(5):
        for batch, target in loader:
            loss = nn.functional.cross_entropy(model(batch), target)
            opt.zero_grad()
            loss.backward()
            opt.step()


if __name__ == "__main__":
    main()
