"""Fine-tune each encoder on SST-2 and print a results table."""
import torch
from torch import nn

from .options import get_options
from .seeding import seed_all

ENCODERS = ("lstm", "gru")


def make_encoder(name):
    layer = nn.LSTM if name == "lstm" else nn.GRU
    return layer(64, 64, batch_first=True)


def train_encoder(encoder, epochs):
    head = nn.Linear(64, 2)
    opt = torch.optim.Adam(list(encoder.parameters()) + list(head.parameters()), lr=1e-3)
    for _ in range(epochs):
        x, y = torch.randn(32, 20, 64), torch.randint(0, 2, (32,))
        out, _ = encoder(x)
        loss = nn.functional.cross_entropy(head(out[:, -1]), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    options = get_options()
    seed_all(options.seed)  # expect: SA101
    for encoder in ENCODERS:
        print(encoder, train_encoder(make_encoder(encoder), options.epochs))


if __name__ == "__main__":
    main()
