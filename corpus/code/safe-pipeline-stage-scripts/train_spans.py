"""Stage one: train the tagger that marks ingredient spans (begin / inside / outside per character)."""
import torch
from torch import nn

from common import load_config, seed_everything
from models import SpanMarker


def batches(cfg):
    for _ in range(20):
        yield torch.randint(0, 128, (8, 60)), torch.randint(0, 3, (8, 60))


def main():
    cfg = load_config()
    seed_everything(cfg["seed"])
    span_model = SpanMarker(cfg["hidden"])
    optimizer = torch.optim.Adam(span_model.parameters(), lr=1e-3)
    for _ in range(cfg["epochs"]):
        for chars, tags in batches(cfg):
            loss = nn.functional.cross_entropy(span_model(chars).flatten(0, 1), tags.flatten())
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    torch.save(span_model.state_dict(), "out/spans.pt")


if __name__ == "__main__":
    main()
