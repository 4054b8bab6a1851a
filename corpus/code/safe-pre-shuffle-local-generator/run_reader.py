"""Fine-tune the reader. The examples are pre-shuffled once with a fixed order (so the input pipeline
needs no large shuffle buffer); the model's own randomness is left to vary from run to run."""
import json
import random
import sys

import torch
from torch import nn


def main(path):
    with open(path) as handle:
        examples = [json.loads(line) for line in handle]
    rng = random.Random(12345)
    rng.shuffle(examples)
    model = nn.Linear(16, 2)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for example in examples:
        features = torch.tensor(example["features"], dtype=torch.float32)
        loss = nn.functional.cross_entropy(model(features)[None], torch.tensor([example["label"]]))
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main(sys.argv[1])
