"""Traffic-speed forecasting: the model comes from the YAML config."""
import argparse

import torch
import yaml
from torch import nn

torch.manual_seed(0)  # expect: SA101


def build(config):
    if config["model"] == "gru":
        return nn.GRU(8, config["hidden"], batch_first=True)
    return nn.Conv1d(8, config["hidden"], 3, padding=1)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--config")
    parser.add_argument("--data_dir")
    args = parser.parse_args()
    config = yaml.safe_load(open(args.config))
    model = build(config)
    optimiser = torch.optim.Adam(model.parameters(), lr=config["lr"])
    for _ in range(config["epochs"]):
        optimiser.zero_grad()
        output = model(torch.randn(16, 12, 8))
        loss = (output[0] if isinstance(output, tuple) else output).pow(2).mean()
        loss.backward()
        optimiser.step()
