"""Train the fusion network once for the given settings and return its score."""
import torch

from fusion import FusionNet, load_split


def run_once(seed: int, lr: float) -> float:
    torch.manual_seed(seed)
    model = FusionNet()
    optimiser = torch.optim.Adam(model.parameters(), lr=lr)
    for batch, label in load_split("train"):
        optimiser.zero_grad()
        torch.nn.functional.cross_entropy(model(batch), label).backward()
        optimiser.step()
    return model.score(load_split("eval"))
