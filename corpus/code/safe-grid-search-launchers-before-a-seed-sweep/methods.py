"""The two parameter-efficient methods on a frozen encoder, and the training and scoring steps they share."""
import torch
from torch import nn


class Adapter(nn.Module):
    def __init__(self, width=768, bottleneck=64):
        super().__init__()
        self.encoder = nn.Linear(width, width).requires_grad_(False)
        self.down, self.up, self.head = nn.Linear(width, bottleneck), nn.Linear(bottleneck, width), nn.Linear(width, 2)

    def forward(self, x):
        h = self.encoder(x)
        return self.head(h + self.up(torch.relu(self.down(h))))


class PromptTuning(nn.Module):
    def __init__(self, width=768, length=20):
        super().__init__()
        self.encoder = nn.Linear(width, width).requires_grad_(False)
        self.prompt, self.head = nn.Parameter(torch.zeros(length, width)), nn.Linear(width, 2)

    def forward(self, x):
        return self.head(self.encoder(x + self.prompt.mean(0)))


def build_method(name):
    return {"adapter": Adapter, "prompt": PromptTuning}[name]()


def load_task(task, batch_size):
    splits = torch.load(f"data/{task}.pt")
    return [torch.utils.data.DataLoader(splits[s], batch_size=batch_size, shuffle=s == "train") for s in ("train", "dev", "test")]


def train_epoch(model, loader, optimiser):
    for x, y in loader:
        optimiser.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        optimiser.step()


def evaluate(model, loader):
    with torch.no_grad():
        return sum(int((model(x).argmax(1) == y).sum()) for x, y in loader) / len(loader.dataset)
