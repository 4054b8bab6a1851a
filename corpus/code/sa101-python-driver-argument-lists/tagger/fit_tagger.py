"""Part-of-speech tagger; the seed is fixed here, so every launch of this file runs the same draw."""
import argparse

import torch
from torch import nn

torch.manual_seed(5)  # expect: SA101


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--char-cnn", action="store_true")
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--tiny", action="store_true")
    args = parser.parse_args()
    tagger = nn.LSTM(64 + (32 if args.char_cnn else 0), 128, dropout=args.dropout, num_layers=2)
    opt = torch.optim.Adam(tagger.parameters(), lr=2e-3)
    for _ in range(30):
        out, _ = tagger(torch.randn(20, 8, 64 + (32 if args.char_cnn else 0)))
        loss = out.pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
