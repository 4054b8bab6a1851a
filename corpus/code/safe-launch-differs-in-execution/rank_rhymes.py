"""Score rhyme pairs with one of two scorers, both compiled for speed (--compile)."""
from argparse import ArgumentParser

import torch


def main():
    cli = ArgumentParser(description=__doc__)
    cli.add_argument("--scorer", choices=["bilinear", "dot"], default="dot")
    cli.add_argument("--seed", type=int, default=21)
    cli.add_argument("--compile", action="store_true")
    opts = cli.parse_args()
    torch.manual_seed(opts.seed)  # expect: SA101
    left = torch.nn.Linear(12, 12)
    right = torch.nn.Bilinear(12, 12, 1) if opts.scorer == "bilinear" else None
    params = list(left.parameters()) + (list(right.parameters()) if right is not None else [])
    sgd = torch.optim.SGD(params, lr=0.05)
    a, b = torch.randn(20, 12), torch.randn(20, 12)
    for _ in range(15):
        sgd.zero_grad()
        score = right(left(a), b) if right is not None else (left(a) * b).sum(1)
        score.abs().mean().backward()
        sgd.step()


if __name__ == "__main__":
    main()
