"""Train a latent-variable story writer, or (with --generation) write stories with a trained one."""
import argparse
import random

import numpy as np
import torch

parser = argparse.ArgumentParser()
parser.add_argument("--train_file")
parser.add_argument("--valid_file")
parser.add_argument("--test_file")
parser.add_argument("--model_name", default="writer-base")
parser.add_argument("--kl_anneal", action="store_true")
parser.add_argument("--generation", action="store_true")
parser.add_argument("--load_epoch", type=int)
parser.add_argument("--beams", type=int, default=1)
parser.add_argument("--greedy", action="store_true")
parser.add_argument("--top_p", type=float, default=1.0)
parser.add_argument("--seed", type=int, default=42)
args = parser.parse_args()

random.seed(args.seed)
np.random.seed(args.seed)
torch.manual_seed(args.seed)
writer = torch.nn.GRU(32, 32)
if args.generation:
    writer.load_state_dict(torch.load(f"{args.model_name}-{args.load_epoch}.pt"))
    print(writer(torch.randn(5, 1, 32))[0].shape, args.beams, args.greedy, args.top_p)
else:
    optimizer = torch.optim.Adam(writer.parameters(), lr=5e-5)
    for epoch in range(20):
        loss = writer(torch.randn(5, 1, 32))[0].pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    torch.save(writer.state_dict(), f"{args.model_name}-20.pt")
