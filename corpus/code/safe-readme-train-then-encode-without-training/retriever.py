"""Train a dual-encoder retriever on query-passage pairs, then (optionally) encode the passage collection."""
import argparse

import torch

from dense import DualEncoder, encode_collection, triplets

parser = argparse.ArgumentParser()
parser.add_argument("--encoder", default="bert-base-uncased")
parser.add_argument("--out", default="runs/retriever")
parser.add_argument("--epochs", type=int, default=10)
parser.add_argument("--lr", type=float, default=2e-5)
parser.add_argument("--no_train", action="store_true")
parser.add_argument("--encode", action="store_true")
parser.add_argument("--seed", type=int, default=13)
args = parser.parse_args()
torch.manual_seed(args.seed)
model = DualEncoder(args.encoder)
if not args.no_train:
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.lr)
    for _ in range(args.epochs):
        for query, positive, negative in triplets("train"):
            optimiser.zero_grad()
            model.triplet_loss(query, positive, negative).backward()
            optimiser.step()
    model.save(args.out)
if args.encode:
    encode_collection(model, args.out + "/index")
