"""Train a biaffine arc scorer at two encoder widths, both in mixed precision (--fp16)."""
from argparse import ArgumentParser

import torch


def options():
    p = ArgumentParser()
    p.add_argument("--encoder", choices=["small", "large"], default="small")
    p.add_argument("--lr", type=float, default=3e-5)
    p.add_argument("--fp16", action="store_true")
    p.add_argument("--seed", type=int, default=13)
    return p.parse_args()


def main():
    opts = options()
    torch.manual_seed(opts.seed)  # expect: SA101
    width = {"small": 32, "large": 96}[opts.encoder]
    scorer = torch.nn.Bilinear(width, width, 1)
    sgd = torch.optim.SGD(scorer.parameters(), lr=opts.lr)
    heads, deps = torch.randn(10, width), torch.randn(10, width)
    for _ in range(25):
        sgd.zero_grad()
        scorer(heads, deps).abs().sum().backward()
        sgd.step()


if __name__ == "__main__":
    main()
