"""Transformer against GRU encoder for next-event prediction; one trainer object per architecture."""
import torch
from torch import nn


class Trainer:
    def __init__(self, name, encoder, lr=1e-3, seed=7):  # expect: SA101
        self.name = name
        self.encoder = encoder
        self.lr = lr
        self.seed = seed

    def build(self):
        torch.manual_seed(self.seed)
        head = nn.Linear(64, 20)
        self.model = nn.Sequential(self.encoder(), head)
        self.optimiser = torch.optim.Adam(self.model.parameters(), lr=self.lr)

    def fit(self, batches):
        self.build()
        for events, following in batches:
            loss = nn.functional.cross_entropy(self.model(events), following)
            self.optimiser.zero_grad()
            loss.backward()
            self.optimiser.step()
        return loss.item()


def run(*args, **kwargs):
    trainer = Trainer(*args, **kwargs)
    batches = [(torch.randn(32, 64), torch.randint(0, 20, (32,))) for _ in range(200)]
    return trainer.fit(batches)


encoders = {
    "transformer": lambda: nn.TransformerEncoderLayer(64, 4, batch_first=True),
    "gru": lambda: nn.GRU(64, 64, batch_first=True),
}
for name, encoder in encoders.items():
    print(name, run(name, encoder))
