"""Does token dropout help the intent classifier? One run with it, one without, from the settings below."""
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
    random.seed(seed)  # expect: SA101
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
    print("without", run_condition(0.0))
    print("with", run_condition(0.1))
