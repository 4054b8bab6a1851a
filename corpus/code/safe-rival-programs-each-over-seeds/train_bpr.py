"""Train the bpr recommender on one interaction log and print its recall@20."""
import argparse

import numpy as np
import torch

from recsys import interaction_log, make_bpr, recall_at


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interactions", default="ml-1m")
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--seed", type=int, default=2020)
    args = parser.parse_args()
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    log = interaction_log(args.interactions)
    model = make_bpr(log.n_users, log.n_items, args.dim)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    for users, positives, negatives in log.triples(batch=2048):
        optimiser.zero_grad()
        model.bpr_loss(users, positives, negatives).backward()
        optimiser.step()
    print(recall_at(model, log, 20))


if __name__ == "__main__":
    main()
