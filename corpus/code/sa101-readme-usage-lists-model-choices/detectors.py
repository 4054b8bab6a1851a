"""One-class graph detectors: a hypersphere objective over a GNN encoder."""
import torch
from torch import nn


def build(kind, graph):
    width = graph["x"].shape[1]
    layers = {"gcn": 2, "gat": 3, "sage": 2}[kind]
    blocks = [nn.Linear(width if i == 0 else 64, 64) for i in range(layers)]
    return nn.Sequential(*[m for b in blocks for m in (b, nn.ReLU())])


def fit_and_score(encoder, graph, epochs):
    optimizer = torch.optim.Adam(encoder.parameters(), lr=1e-3)
    centre = encoder(graph["x"][graph["train"]]).mean(0).detach()
    for _ in range(epochs):
        optimizer.zero_grad()
        ((encoder(graph["x"][graph["train"]]) - centre) ** 2).sum(1).mean().backward()
        optimizer.step()
    with torch.no_grad():
        scores = ((encoder(graph["x"][graph["test"]]) - centre) ** 2).sum(1)
    labels = graph["y"][graph["test"]].float()
    order = scores.argsort()
    ranks = torch.empty_like(order).scatter_(0, order, torch.arange(len(order)))
    positives = labels.sum()
    return ((ranks[labels == 1].float().sum() - positives * (positives - 1) / 2) / (positives * (len(labels) - positives))).item()
