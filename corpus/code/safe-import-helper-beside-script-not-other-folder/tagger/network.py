"""The tagging network: embeddings, a recurrent layer and a projection onto the tag inventory."""
import numpy as np
import torch

from common import *


class Tagger(torch.nn.Module):
    def __init__(self, vocab, tags, width=128):
        super().__init__()
        self.embed = torch.nn.Embedding(vocab, width)
        self.cell = torch.nn.GRU(width, width, batch_first=True)
        self.project = torch.nn.Linear(width, tags)
        with torch.no_grad():
            self.project.bias.copy_(torch.as_tensor(np.random.normal(0.0, 0.1, size=tags)))

    def forward(self, ids):
        states, _ = self.cell(self.embed(ids))
        return self.project(states)
