import torch
from torch import nn


def load_model_checkpoint(path):
    state = torch.load(path, map_location="cpu")
    model = nn.Sequential(nn.Linear(state["features"], 64), nn.ReLU(), nn.Linear(64, 1))
    model.load_state_dict(state["weights"])
    return model
