"""Train a small next-word model; the switches only change how the same training is spread over the hardware."""
import argparse

import torch

parser = argparse.ArgumentParser()
for switch in ("--early-prefetching", "--host-offload", "--store-api"):
    parser.add_argument(switch, action="store_true")
parser.add_argument("--width", type=int, default=64)
parser.add_argument("--seed", type=int, default=5)
args = parser.parse_args()

torch.manual_seed(args.seed)

poet = torch.nn.Sequential(torch.nn.Embedding(300, args.width), torch.nn.Linear(args.width, 300))
opt = torch.optim.Adam(poet.parameters(), lr=1e-3)
for _ in range(30):
    words = torch.randint(0, 300, (16,))
    opt.zero_grad()
    torch.nn.functional.cross_entropy(poet(words), words.roll(1)).backward()
    opt.step()
