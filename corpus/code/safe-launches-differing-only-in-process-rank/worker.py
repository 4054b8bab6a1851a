"""One process of a two-node training run; the launcher starts one per node."""
import argparse

import torch
import torch.distributed as dist

from convnets import build_convnet, image_batches

parser = argparse.ArgumentParser()
parser.add_argument("--rank", type=int, default=0)
parser.add_argument("--world", type=int, default=2)
args = parser.parse_args()
dist.init_process_group("gloo", rank=args.rank, world_size=args.world)
torch.manual_seed(11)  # expect: SA104
model = torch.nn.parallel.DistributedDataParallel(build_convnet("resnet18"))
optimiser = torch.optim.SGD(model.parameters(), lr=0.1)
for images, labels in image_batches(rank=args.rank, world=args.world):
    optimiser.zero_grad()
    torch.nn.functional.cross_entropy(model(images), labels).backward()
    optimiser.step()
