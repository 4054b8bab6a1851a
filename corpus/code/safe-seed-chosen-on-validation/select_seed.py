"""The seed is tuned like a hyper-parameter on the dev split; test is evaluated once."""
import torch
from torch import nn


def fit(seed, x, y):
    torch.manual_seed(seed)
    model = nn.Linear(x.shape[1], 2)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(100):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


def accuracy(model, x, y):
    return (model(x).argmax(1) == y).float().mean().item()


splits = torch.load("splits.pt")
best_dev, chosen = -1.0, None
for seed in range(10):
    model = fit(seed, *splits["train"])
    dev_acc = accuracy(model, *splits["dev"])
    if dev_acc > best_dev:
        best_dev, chosen = dev_acc, model
print("test accuracy of the dev-selected model:", accuracy(chosen, *splits["test"]))
