"""Train (or, given a checkpoint, only evaluate) a small convolutional network; settings come from a YAML file."""
import argparse

import torch
import yaml

parser = argparse.ArgumentParser()
parser.add_argument("--config", default="configs/train.yaml")
settings = yaml.safe_load(open(parser.parse_args().config))
torch.manual_seed(settings["base"]["seed"])
network = torch.nn.Sequential(torch.nn.Conv2d(3, settings["model"]["width"], 3), torch.nn.ReLU(), torch.nn.Flatten(),
                              torch.nn.LazyLinear(10))
if settings["evaluate"]["checkpoint"]:
    network.load_state_dict(torch.load(settings["evaluate"]["checkpoint"]))
else:
    optimiser = torch.optim.SGD(network.parameters(), lr=settings["base"]["lr"])
    for _ in range(settings["base"]["epochs"]):
        loss = torch.nn.functional.cross_entropy(network(torch.randn(16, 3, 32, 32)), torch.randint(0, 10, (16,)))
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
