import argparse

import torch

from tools.repro import set_seed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args()
    set_seed(args.seed)
    torch.backends.cudnn.benchmark = True  # expect: SA107
    model = torch.nn.Conv2d(1, 8, 3)
    print(model)


if __name__ == "__main__":
    main()
