"""Train or reload a graph network; --no_train skips the epochs (a checkpoint given by --resume), and --test
then scores the test nodes."""
import argparse

import torch


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--depth", type=int, default=8)
    parser.add_argument("--resume", default="")
    parser.add_argument("--no_train", action="store_true")
    parser.add_argument("--test", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    net = torch.nn.Sequential(*[torch.nn.Linear(8, 8) for _ in range(args.depth)])
    if args.resume:
        net.load_state_dict(torch.load(args.resume))
    if not args.no_train:
        opt = torch.optim.SGD(net.parameters(), lr=0.05)
        for _ in range(30):
            train_step(net, opt)
    if args.test:
        print(net(torch.ones(2, 8)).sum())


def train_step(net, opt):
    opt.zero_grad()
    net(torch.randn(4, 8)).pow(2).mean().backward()
    opt.step()


if __name__ == "__main__":
    main()
