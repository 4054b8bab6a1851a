"""A pairwise affinity scorer: two embedding towers and a bilinear head."""
import torch
from torch import nn


class AffinityScorer(nn.Module):
    def __init__(self, n_ligands, n_targets, width=64):
        super().__init__()
        self.ligand = nn.Embedding(n_ligands, width)
        self.target = nn.Embedding(n_targets, width)
        self.head = nn.Bilinear(width, width, 1)

    def forward(self, ligands, targets):
        ligand, target = self.ligand(ligands), self.target(targets)
        if self.training:  # a little noise on the embeddings while fitting
            ligand = ligand + 0.01 * torch.randn_like(ligand)
        return self.head(ligand, target).squeeze(-1)
