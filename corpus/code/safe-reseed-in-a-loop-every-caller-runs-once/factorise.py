"""Matrix factorisation baseline for link prediction: `runs` restarts of one seed's training."""
import torch
from torch_geometric import seed_everything


def train_factorisation(edges, num_nodes, dim, epochs, runs, seed):
    scores = []
    for run in range(runs):
        seed_everything(seed)
        emb = torch.nn.Embedding(num_nodes, dim)
        optimiser = torch.optim.Adam(emb.parameters(), lr=0.01)
        for _ in range(epochs):
            optimiser.zero_grad()
            src, dst = edges
            loss = -torch.nn.functional.logsigmoid((emb(src) * emb(dst)).sum(-1)).mean()
            loss.backward()
            optimiser.step()
        scores.append(loss.item())
    return scores
