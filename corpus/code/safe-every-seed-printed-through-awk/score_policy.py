"""Roll out the trained navigation policy with a given seed and print its mean return on the held-out maps."""
import argparse

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=0)
parser.add_argument("--episodes", type=int, default=20)
args = parser.parse_args()
torch.manual_seed(args.seed)
np.random.seed(args.seed)
policy = torch.load("policy.pt")
returns = []
for episode in range(args.episodes):
    start = torch.tensor(np.random.uniform(-1, 1, size=4), dtype=torch.float32)
    returns.append(float(policy(start).sum()))
print("mean_return", np.mean(returns))
