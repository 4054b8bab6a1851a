"""Train the small CNN with one activation function."""
import argparse

import torch
from torch import nn

ACTIVATIONS = {"relu": nn.ReLU, "gelu": nn.GELU, "silu": nn.SiLU}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--activation", choices=sorted(ACTIVATIONS), default="relu")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    net = nn.Sequential(nn.Conv2d(1, 8, 3), ACTIVATIONS[args.activation](), nn.Flatten(), nn.Linear(8 * 26 * 26, 10))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    for _ in range(20):
        x, y = torch.randn(32, 1, 28, 28), torch.randint(0, 10, (32,))
        loss = nn.functional.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(args.activation, loss.item())


if __name__ == "__main__":
    main()
