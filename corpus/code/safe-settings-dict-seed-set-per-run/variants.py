"""Two learning-rate schedules of a small regressor, each trained from a copy of one settings dict per seed."""
import statistics

import torch
from torch import nn


def fit_schedule(settings):
    torch.manual_seed(settings["seed"])
    net = nn.Sequential(nn.Linear(6, settings["width"]), nn.Tanh(), nn.Linear(settings["width"], 1))
    opt = torch.optim.SGD(net.parameters(), lr=settings["lr"])
    decay = torch.optim.lr_scheduler.StepLR(opt, step_size=settings["step"], gamma=0.5)
    inputs, target = torch.randn(128, 6), torch.randn(128, 1)
    for _ in range(settings["epochs"]):
        opt.zero_grad()
        nn.functional.mse_loss(net(inputs), target).backward()
        opt.step()
        decay.step()
    return nn.functional.mse_loss(net(inputs), target).item()


def main():
    defaults = {"width": 24, "lr": 0.05, "epochs": 40, "step": 10, "seed": 3}
    for step in [5, 20]:
        losses = []
        for seed in range(5):
            settings = dict(defaults)
            settings["step"] = step
            settings["seed"] = seed
            losses.append(fit_schedule(settings))
        print(step, statistics.mean(losses), statistics.stdev(losses))


if __name__ == "__main__":
    main()
