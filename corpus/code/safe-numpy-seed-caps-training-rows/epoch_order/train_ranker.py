"""A passage ranker whose batch order numpy draws afresh every epoch: the literal numpy seed fixes that order
for every run, so it is a training seed, not a data subset's."""
import numpy as np
import torch
from torch import nn


def run_epoch(model, opt, queries, labels, batch=64):
    rows = np.arange(len(queries))
    np.random.shuffle(rows)
    for start in range(0, len(rows), batch):
        pick = torch.as_tensor(rows[start:start + batch])
        loss = nn.functional.binary_cross_entropy_with_logits(model(queries[pick]).squeeze(-1), labels[pick])
        opt.zero_grad()
        loss.backward()
        opt.step()


def main():
    np.random.seed(21)  # no SA104: torch is left unseeded, so runs differ (SA105 below says so)
    data = torch.load("ranking.pt")
    model = nn.Sequential(nn.Linear(data["q"].shape[1], 128), nn.ReLU(), nn.Linear(128, 1))  # expect: SA105
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for epoch in range(12):
        run_epoch(model, opt, data["q"], data["y"])


if __name__ == "__main__":
    main()
