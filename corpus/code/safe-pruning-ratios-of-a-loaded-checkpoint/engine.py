"""Training and evaluation epochs of the click-through model."""
import torch
from torch import nn


def train_epoch(model, loader, optimiser):
    model.train()
    for features, clicks in loader:
        optimiser.zero_grad()
        nn.functional.binary_cross_entropy_with_logits(model(features), clicks).backward()
        optimiser.step()


@torch.no_grad()
def evaluate_epoch(model, loader, profiler=None):
    model.eval()
    hits = []
    for features, clicks in loader:
        hits.append(((model(features) > 0).float() == clicks).float().mean())
        if profiler is not None:
            profiler.step()
    return torch.stack(hits).mean().item()
