"""Rank passages with a dot-product or a small MLP scorer over frozen embeddings."""
import argparse

import torch

ap = argparse.ArgumentParser()
ap.add_argument("--scorer", choices=["dot", "mlp"], default="dot")
ap.add_argument("--epochs", type=int, default=5)
ap.add_argument("--seed", type=int, default=3)
cli = ap.parse_args()
torch.manual_seed(cli.seed)  # expect: SA101

queries, passages = torch.randn(64, 24), torch.randn(64, 24)
if cli.scorer == "mlp":
    scorer = torch.nn.Sequential(torch.nn.Linear(48, 32), torch.nn.Tanh(), torch.nn.Linear(32, 1))
else:
    scorer = torch.nn.Bilinear(24, 24, 1)
adam = torch.optim.Adam(scorer.parameters(), lr=1e-3)
for _ in range(cli.epochs):
    adam.zero_grad()
    pairs = torch.cat([queries, passages], 1) if cli.scorer == "mlp" else None
    scores = scorer(pairs) if pairs is not None else scorer(queries, passages)
    scores.mean().neg().backward()
    adam.step()
