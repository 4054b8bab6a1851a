"""Ticket triage with a convolutional encoder. Tickets beyond the cap are dropped after a seeded shuffle of the rows;
the network's weights and the batch order are left unseeded on purpose."""
import argparse

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

ROW_CAP = 50000


class ConvTriage(nn.Module):
    def __init__(self, vocab, width):
        super().__init__()
        self.embed = nn.Embedding(vocab, width)  # expect: SA105
        self.conv = nn.Conv1d(width, width, kernel_size=3, padding=1)
        self.out = nn.Linear(width, 4)

    def forward(self, tokens):
        hidden = self.conv(self.embed(tokens).transpose(1, 2))
        return self.out(hidden.max(dim=2).values)


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
    model = ConvTriage(20000, 128)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    for epoch in range(5):
        for batch, target in loader:
            loss = nn.functional.cross_entropy(model(batch), target)
            opt.zero_grad()
            loss.backward()
            opt.step()


if __name__ == "__main__":
    main()
