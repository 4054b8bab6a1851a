"""Adapt the source model on the shifted test stream with the method a config names."""
import argparse

import torch

from tta.config import cfg
from tta.methods import build_method
from tta.data import shifted_stream


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cfg", required=True)
    parser.add_argument("opts", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    cfg.merge_from_file(args.cfg)
    cfg.merge_from_list(args.opts)
    torch.manual_seed(cfg.RNG_SEED)
    model = build_method(cfg)
    optimizer = torch.optim.Adam(model.parameters(), lr=cfg.OPTIM.LR)
    correct = 0
    for x, y in shifted_stream("cifar10c"):
        loss = model.entropy(x)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        correct += (model(x).argmax(1) == y).sum().item()
    print(cfg.MODEL.ADAPTATION, correct)


if __name__ == "__main__":
    main()
