"""Federated averaging over client shards: each round trains the sampled clients and averages their weights."""
import argparse

import numpy as np
import torch

from sampling import pick_clients


def local_update(global_state, shard, lr):
    model = torch.nn.Linear(shard["x"].shape[1], 10)
    model.load_state_dict(global_state)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in shard["batches"]:
        optimizer.zero_grad()
        torch.nn.functional.cross_entropy(model(x), y).backward()
        optimizer.step()
    return model.state_dict()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--per_round", type=int, default=10)
    parser.add_argument("--lr", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    shards = torch.load("shards.pt")
    weights = np.array([len(s["batches"]) for s in shards], dtype=float)
    weights /= weights.sum()
    state = torch.nn.Linear(shards[0]["x"].shape[1], 10).state_dict()
    for rnd in range(args.rounds):
        chosen = pick_clients(weights, args, rnd)  # expect: SA108
        updates = [local_update(state, shards[i], args.lr) for i in chosen]
        state = {k: torch.stack([u[k] for u in updates]).mean(0) for k in state}
    torch.save(state, "global.pt")


if __name__ == "__main__":
    main()
