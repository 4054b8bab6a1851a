"""Next-hour load forecast with a recurrent or convolutional encoder."""
import argparse

import torch
from torch import nn


def build(kind):
    if kind == "tcn":
        return nn.Sequential(nn.Conv1d(6, 32, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(32, 1))
    cell = nn.GRU if kind == "gru" else nn.LSTM
    return cell(6, 32, batch_first=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--encoder", default="gru")
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    model = build(args.encoder)
    head = nn.Linear(32, 1)
    optimizer = torch.optim.Adam([*model.parameters(), *head.parameters()], lr=args.lr)
    for _ in range(100):
        window, target = torch.randn(64, 48, 6), torch.randn(64, 1)
        if args.encoder == "tcn":
            guess = model(window.transpose(1, 2))
        else:
            guess = head(model(window)[0][:, -1])
        loss = nn.functional.l1_loss(guess, target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()
