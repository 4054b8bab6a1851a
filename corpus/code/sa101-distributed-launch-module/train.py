"""Pre-train one backbone with data parallelism; the backbone comes from the command line, the seed does not."""
import argparse

import torch
import torch.distributed as dist
from torch import nn


def backbone(name):
    depth = {"small": 2, "large": 6}[name]
    layers = [nn.Linear(64, 64) for _ in range(depth)]
    return nn.Sequential(*layers, nn.Linear(64, 8))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--backbone", default="small")
    parser.add_argument("--local_rank", type=int, default=0)
    args = parser.parse_args()
    dist.init_process_group("gloo")
    torch.manual_seed(1234)  # expect: SA101
    model = nn.parallel.DistributedDataParallel(backbone(args.backbone))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(10):
        x, y = torch.randn(16, 64), torch.randint(0, 8, (16,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
