"""Train a graph network over graph partitions; the seed is kept only when --keep-seed is given."""
import argparse
import random

import torch

from partitions import PartitionedGraph, build_gat

parser = argparse.ArgumentParser()
parser.add_argument("--graph", default="flickr")
parser.add_argument("--parts", type=int, default=4)
parser.add_argument("--seed", type=int, default=0)
parser.add_argument("--keep-seed", "--keep_seed", action="store_true")
args = parser.parse_args()
if args.keep_seed is False:
    args.seed = random.randint(0, 1 << 31)
torch.manual_seed(args.seed)
graph = PartitionedGraph(args.graph, args.parts)
model = build_gat(graph.num_features, graph.num_classes)
optimiser = torch.optim.Adam(model.parameters(), lr=0.005)
for _ in range(200):
    optimiser.zero_grad()
    graph.loss(model).backward()
    optimiser.step()
print(graph.accuracy(model))
