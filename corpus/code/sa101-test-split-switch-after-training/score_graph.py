"""Score a saved graph network: with --test it loads the checkpoint, scores the test nodes and stops;
without it, it trains first."""
import argparse
import sys

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--depth", type=int, default=16)
parser.add_argument("--gated", action="store_true")
parser.add_argument("--test", action="store_true")
parser.add_argument("--seed", type=int, default=7)
args = parser.parse_args()
torch.manual_seed(args.seed)

net = torch.nn.Sequential(*[torch.nn.Linear(8, 8) for _ in range(args.depth)], torch.nn.Linear(8, 3))
if args.test:
    net.load_state_dict(torch.load(f"net-{args.depth}-{int(args.gated)}.pt"))
    print(net(torch.ones(1, 8)))
    sys.exit(0)


def train(model):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(50):
        opt.zero_grad()
        model(torch.randn(4, 8)).pow(2).mean().backward()
        opt.step()


train(net)
torch.save(net.state_dict(), f"net-{args.depth}-{int(args.gated)}.pt")
