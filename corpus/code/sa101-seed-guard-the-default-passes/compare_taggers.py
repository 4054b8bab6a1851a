"""Train a BiLSTM and a CNN tagger on the same split and print their dev accuracy.

A negative --seed leaves the generators unseeded.
"""
import argparse

import torch
from torch import nn

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=0, help="the seed of every run")
parser.add_argument("--epochs", type=int, default=5)
args = parser.parse_args()

if args.seed >= 0:
    torch.manual_seed(args.seed)  # expect: SA101


def build(kind):
    if kind == "bilstm":
        return nn.LSTM(32, 16, bidirectional=True, batch_first=True)
    return nn.Conv1d(32, 32, kernel_size=3, padding=1)


def fit(model):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(args.epochs):
        x = torch.randn(8, 10, 32)
        out = model(x)
        if isinstance(out, tuple):
            out = out[0]
        loss = out.pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


for kind in ["bilstm", "cnn"]:
    print(kind, fit(build(kind)))
