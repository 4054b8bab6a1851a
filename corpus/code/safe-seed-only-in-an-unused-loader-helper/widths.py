"""Two network widths trained once each (unseeded); a loader helper from an earlier version is still in the file, unused."""
import torch
from torch import nn


def make_loader(features, targets, seed=0, batch_size=64):
    torch.manual_seed(seed)
    dataset = torch.utils.data.TensorDataset(features, targets)
    return torch.utils.data.DataLoader(dataset, batch_size=batch_size, shuffle=True)


def train(model, steps=200):
    adam = torch.optim.Adam(model.parameters())
    for _ in range(steps):
        x, y = torch.randn(32, 10), torch.randn(32, 1)
        loss = nn.functional.mse_loss(model(x), y)
        adam.zero_grad()
        loss.backward()
        adam.step()
    return loss.item()


for model_width in [32, 128]:
    print(model_width, train(nn.Sequential(nn.Linear(10, model_width), nn.ReLU(), nn.Linear(model_width, 1))))
