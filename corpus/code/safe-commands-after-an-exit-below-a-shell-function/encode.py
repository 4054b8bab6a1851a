"""Train a sentence encoder for tagging; the encoder type and the seed come from the command line."""
import argparse

import torch
from torch import nn


def encoder(kind, dim=64):
    if kind == "gru":
        return nn.GRU(dim, dim, batch_first=True)
    return nn.LSTM(dim, dim, batch_first=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--encoder", choices=["lstm", "gru"], default="lstm")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--steps", type=int, default=50)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    net = encoder(args.encoder)
    head = nn.Linear(64, 9)
    opt = torch.optim.Adam(list(net.parameters()) + list(head.parameters()), lr=1e-3)
    for _ in range(args.steps):
        tokens, tags = torch.randn(8, 20, 64), torch.randint(0, 9, (8, 20))
        out, _ = net(tokens)
        loss = nn.functional.cross_entropy(head(out).reshape(-1, 9), tags.reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(args.encoder, args.seed, loss.item())


if __name__ == "__main__":
    main()
