"""Two ways to score a (head, tail) pair of entity embeddings."""
import torch


class TranslationScorer(torch.nn.Module):
    def __init__(self, entities, dim):
        super().__init__()
        self.embed = torch.nn.Embedding(entities, dim)
        self.shift = torch.nn.Parameter(torch.zeros(dim))

    def forward(self, heads, tails):
        return (self.embed(heads) + self.shift - self.embed(tails)).norm(dim=-1)


class BilinearScorer(torch.nn.Module):
    def __init__(self, entities, dim):
        super().__init__()
        self.embed = torch.nn.Embedding(entities, dim)
        self.relation = torch.nn.Parameter(torch.ones(dim))

    def forward(self, heads, tails):
        return -(self.embed(heads) * self.relation * self.embed(tails)).sum(dim=-1)
