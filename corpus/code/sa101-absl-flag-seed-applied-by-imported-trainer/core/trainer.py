"""The shared training loop; each method only changes how a batch's losses are weighted."""
import numpy as np
import torch
from torch import nn


class Trainer:
    def __init__(self, settings):
        self.settings = settings

    def prepare(self):
        np.random.seed(self.settings.seed)
        torch.manual_seed(self.settings.seed)
        self.model = nn.Sequential(nn.Linear(32, 64), nn.ReLU(), nn.Linear(64, 4))
        self.optimiser = torch.optim.SGD(self.model.parameters(), lr=self.settings.lr)
        data = np.load(f"data/{self.settings.dataset}.npz")
        self.inputs, self.labels = torch.tensor(data["x"]), torch.tensor(data["y"])

    def weights(self, losses):
        return torch.ones_like(losses)

    def fit(self):
        for _ in range(self.settings.epochs):
            losses = nn.functional.cross_entropy(self.model(self.inputs), self.labels, reduction="none")
            loss = (self.weights(losses) * losses).mean()
            self.optimiser.zero_grad()
            loss.backward()
            self.optimiser.step()
        torch.save(self.model.state_dict(), f"runs/{self.settings.method}-{self.settings.dataset}.pt")


class FocalTrainer(Trainer):
    def weights(self, losses):
        return (1 - torch.exp(-losses)) ** 2


class ReweightTrainer(Trainer):
    def weights(self, losses):
        return losses.detach() / losses.detach().mean()


def make_trainer(settings):
    return {"erm": Trainer, "focal": FocalTrainer, "reweight": ReweightTrainer}[settings.method](settings)
