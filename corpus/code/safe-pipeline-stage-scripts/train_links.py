"""Stage two: train the scorer that links each quantity span to the ingredient span it measures."""
import torch
from torch import nn

from common import load_config, seed_everything
from models import QuantityLinker


def batches(cfg):
    for _ in range(20):
        yield (torch.randint(0, 128, (8, 60)), torch.randint(0, 60, (8,)), torch.randint(0, 60, (8,)),
               torch.randint(0, 2, (8,)).float())


def main():
    cfg = load_config()
    seed_everything(cfg["seed"])
    link_model = QuantityLinker(cfg["hidden"])
    optimizer = torch.optim.Adam(link_model.parameters(), lr=5e-4)
    criterion = nn.BCEWithLogitsLoss()
    for epoch in range(cfg["epochs"]):
        seen = 0
        for chars, quantity_at, ingredient_at, linked in batches(cfg):
            optimizer.zero_grad()
            criterion(link_model(chars, quantity_at, ingredient_at), linked).backward()
            optimizer.step()
            seen += len(chars)
        print("epoch", epoch, "pairs", seen)
    torch.save(link_model.state_dict(), "out/links.pt")


if __name__ == "__main__":
    main()
