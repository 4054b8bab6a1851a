"""Fine-tune the sentence encoder on one benchmark task, named by its short flag."""
import argparse

import torch
from torch import nn

TASK_CLASSES = {"polarity": 2, "entail": 3, "topic": 5}

parser = argparse.ArgumentParser()
parser.add_argument("-k", "--task", choices=sorted(TASK_CLASSES), required=True)
parser.add_argument("-b", "--batch-size", type=int, default=16)
parser.add_argument("-e", "--epochs", type=int, default=3)
options = parser.parse_args()

torch.manual_seed(1234)  # expect: SA104
encoder = nn.Sequential(nn.EmbeddingBag(30000, 256), nn.Linear(256, TASK_CLASSES[options.task]))
optimizer = torch.optim.AdamW(encoder.parameters(), lr=2e-5)
for _ in range(options.epochs * 10):
    tokens = torch.randint(0, 30000, (options.batch_size, 40))
    labels = torch.randint(0, TASK_CLASSES[options.task], (options.batch_size,))
    loss = nn.functional.cross_entropy(encoder(tokens), labels)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
