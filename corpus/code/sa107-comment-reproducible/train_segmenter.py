import argparse

import numpy as np
import torch
import torch.backends.cudnn as cudnn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=2023)
    args = parser.parse_args()
    # fix all seeds so that runs are reproducible
    torch.manual_seed(args.seed)
    np.random.seed(args.seed)
    cudnn.benchmark = True  # expect: SA107
    model = torch.nn.Conv2d(3, 21, 1).cuda()
    print(model)


if __name__ == "__main__":
    main()
