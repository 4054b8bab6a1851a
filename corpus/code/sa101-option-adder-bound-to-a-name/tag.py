"""Part-of-speech tagger: a BiLSTM or a transformer encoder over character-aware word vectors."""
import argparse

import torch
from torch import nn


def encoder(kind, dim):
    if kind == "bilstm":
        return nn.LSTM(dim, dim // 2, bidirectional=True, batch_first=True)
    return nn.TransformerEncoder(nn.TransformerEncoderLayer(dim, 4, batch_first=True), num_layers=2)


def main():
    cli = argparse.ArgumentParser(description=__doc__)
    opt = cli.add_argument
    opt("--encoder", choices=("bilstm", "transformer"), default="bilstm")
    opt("--dim", type=int, default=128)
    opt("--seed", type=int, default=11)
    settings = cli.parse_args()
    torch.manual_seed(settings.seed)  # expect: SA101
    body, head = encoder(settings.encoder, settings.dim), nn.Linear(settings.dim, 17)
    optimiser = torch.optim.Adam([*body.parameters(), *head.parameters()], lr=1e-3)
    for _ in range(50):
        words, tags = torch.randn(32, 20, settings.dim), torch.randint(0, 17, (32, 20))
        hidden = body(words)
        hidden = hidden[0] if isinstance(hidden, tuple) else hidden
        loss = nn.functional.cross_entropy(head(hidden).transpose(1, 2), tags)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()


if __name__ == "__main__":
    main()
