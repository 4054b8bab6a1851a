"""Fit the listwise ranker on the query logs; every run writes under its own random tag."""
import random
import string
import sys

import torch

RUN_TAG = "".join(random.choices(string.ascii_lowercase + string.digits, k=6))


def batches(rows, size):
    order = list(range(len(rows)))
    random.shuffle(order)
    return [rows[order[i:i + size]] for i in range(0, len(order), size)]


def fit(seed):
    random.seed(seed)
    torch.manual_seed(seed)
    rows = torch.randn(512, 20)
    scorer = torch.nn.Linear(20, 1)
    for batch in batches(rows, 64):
        scorer(batch).sum().backward()
    torch.save(scorer.state_dict(), f"runs/{RUN_TAG}/ranker.pt")


if __name__ == "__main__":
    fit(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
