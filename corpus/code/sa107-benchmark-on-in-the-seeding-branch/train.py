import argparse
import random

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=3)
args = parser.parse_args()

if args.seed:  # fixed for reproducible runs
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = True  # expect: SA107

net = torch.nn.Conv2d(3, 8, 3)
print(net(torch.randn(1, 3, 32, 32)).mean().item())
