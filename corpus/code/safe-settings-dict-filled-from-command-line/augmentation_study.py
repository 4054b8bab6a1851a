"""Token dropout on or off for the intent classifier; the launcher passes a new --seed to each repeat."""
import argparse
import random

import torch
from torch import nn

SETTINGS = {
    "epochs": 15,
    "batch_size": 32,
    "learning_rate": 3e-4,
    "seed": 1234,
}


def run_condition(token_dropout):
    seed = SETTINGS["seed"]
    random.seed(seed)
    torch.manual_seed(seed)
    model = nn.Sequential(nn.EmbeddingBag(5000, 64), nn.Linear(64, 12))
    opt = torch.optim.AdamW(model.parameters(), lr=SETTINGS["learning_rate"])
    for _ in range(SETTINGS["epochs"]):
        tokens = torch.randint(0, 5000, (SETTINGS["batch_size"], 20))
        if token_dropout:
            tokens = tokens.masked_fill(torch.rand(tokens.shape) < token_dropout, 0)
        loss = nn.functional.cross_entropy(model(tokens), torch.randint(0, 12, (SETTINGS["batch_size"],)))
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, required=True)
    SETTINGS.update(vars(parser.parse_args()))
    print("without", run_condition(0.0))
    print("with", run_condition(0.1))
