"""Train a tagger; every validation pass draws its dropout-free noise probes from one fixed validation seed."""
import argparse

import torch

parser = argparse.ArgumentParser()
parser.add_argument("--seed", type=int, default=1)
parser.add_argument("--validation_seed", type=int, default=None)
parser.add_argument("--epochs", type=int, default=5)
cfg = parser.parse_args()


def validate(cfg, tagger):
    if cfg.validation_seed is not None:
        torch.manual_seed(cfg.validation_seed)  # the same probes on every validation
    probes = torch.randn(32, 10)
    with torch.no_grad():
        return float(tagger(probes).mean())


def run_epoch(cfg, tagger, optimizer):
    for step in range(20):
        loss = tagger(torch.randn(16, 10)).pow(2).mean()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return validate(cfg, tagger)


def restart_epoch(cfg, tagger, optimizer):
    torch.manual_seed(cfg.seed)  # rewinds the training stream itself
    return run_epoch(cfg, tagger, optimizer)


torch.manual_seed(cfg.seed)
tagger = torch.nn.Linear(10, 4)
optimizer = torch.optim.SGD(tagger.parameters(), lr=0.1)
for epoch in range(cfg.epochs):
    print(epoch, run_epoch(cfg, tagger, optimizer))
for epoch in range(cfg.epochs):
    print(epoch, restart_epoch(cfg, tagger, optimizer))  # expect: SA108
