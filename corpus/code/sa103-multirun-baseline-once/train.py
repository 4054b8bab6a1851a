"""Hydra entry point for every model of the paper."""
import hydra
import torch
from torch import nn


@hydra.main(config_path="conf", config_name="config", version_base=None)
def main(cfg):
    torch.manual_seed(cfg.seed)
    model = nn.Linear(8, 2)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(cfg.trainer.max_epochs):
        loss = model(torch.randn(16, 8)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
