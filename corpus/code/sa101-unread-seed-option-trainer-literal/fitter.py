"""Train a knowledge-graph scorer on triples with negative sampling."""
import numpy as np
import torch

from scorers import BilinearScorer, TranslationScorer


class Fitter:
    """Builds the scorer named in the settings and trains it."""

    def __init__(self, settings):
        self.settings = settings
        if settings.model == "translation":
            self.model = TranslationScorer(settings.entities, settings.dim)
        else:
            self.model = BilinearScorer(settings.entities, settings.dim)

    def fit(self, epochs):
        np.random.seed(7)  # expect: SA101
        torch.manual_seed(7)
        optimiser = torch.optim.Adam(self.model.parameters(), lr=self.settings.lr)
        for _ in range(epochs):
            heads = torch.randint(0, self.settings.entities, (256,))
            tails = torch.randint(0, self.settings.entities, (256,))
            corrupted = torch.from_numpy(np.random.randint(0, self.settings.entities, 256))
            loss = torch.relu(1 + self.model(heads, tails) - self.model(heads, corrupted)).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
        return loss.item()
