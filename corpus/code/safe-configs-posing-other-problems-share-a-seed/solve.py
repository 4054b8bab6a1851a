"""Fit a physics-informed network to the problem a settings file poses."""
import sys

import torch
import yaml

settings = yaml.safe_load(open(sys.argv[1]))
torch.manual_seed(settings["model"]["seed"])
width, depth = settings["model"]["width"], settings["model"]["depth"]
layers = [torch.nn.Linear(len(settings["equation"]["variables"]), width), torch.nn.Tanh()]
for _ in range(depth - 1):
    layers += [torch.nn.Linear(width, width), torch.nn.Tanh()]
net = torch.nn.Sequential(*layers, torch.nn.Linear(width, len(settings["equation"]["outputs"])))
print(net)
