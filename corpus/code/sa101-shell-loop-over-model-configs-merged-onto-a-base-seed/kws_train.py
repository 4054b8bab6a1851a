"""Train one keyword-spotting network: the base settings with one model file merged over them."""
import argparse

import torch
import yaml

from kws.data import speech_loaders
from kws.nets import build_network


def merged(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, value in extra.items():
        out[key] = merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cfg", required=True)
    args = parser.parse_args()
    with open("conf/base.yaml") as handle, open(args.cfg) as extra:
        settings = merged(yaml.safe_load(handle), yaml.safe_load(extra))
    seed = settings["optim"]["seed"]
    torch.manual_seed(seed)  # expect: SA101
    net = build_network(settings["network"])
    train, test = speech_loaders(settings["dataset"], settings["optim"]["batch_size"])
    opt = torch.optim.AdamW(net.parameters(), lr=settings["optim"]["lr"])
    for _ in range(settings["optim"]["epochs"]):
        for audio, label in train:
            loss = torch.nn.functional.cross_entropy(net(audio), label)
            opt.zero_grad()
            loss.backward()
            opt.step()
    correct = sum((net(a).argmax(1) == y).sum().item() for a, y in test)
    print(settings["network"]["kind"], correct / len(test.dataset))


if __name__ == "__main__":
    main()
