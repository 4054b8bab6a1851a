"""Fit one traffic forecaster (lstm, tcn or informer) and save it."""
import argparse

import torch
from torch import nn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--net", default="lstm", choices=["lstm", "tcn", "informer"])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save", default="nets/forecaster.pt")
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    net = nn.LSTM(12, 24) if args.net == "lstm" else nn.Conv1d(12, 24, 3)
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for _ in range(50):
        out = net(torch.randn(16, 12, 30)) if args.net != "lstm" else net(torch.randn(30, 16, 12))[0]
        loss = out.pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    torch.save(net, args.save)


if __name__ == "__main__":
    main()
