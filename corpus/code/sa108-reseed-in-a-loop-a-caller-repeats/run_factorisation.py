"""Run the factorisation baseline once per seed and report the mean and spread over seeds."""
import numpy as np
import torch

from factorise import train_factorisation

edges = torch.load("graph_edges.pt")
results = [train_factorisation(edges, num_nodes=2708, dim=32, epochs=50, runs=5, seed=seed)[0] for seed in range(1, 11)]
print(f"{np.mean(results):.3f} +- {np.std(results):.3f}")
