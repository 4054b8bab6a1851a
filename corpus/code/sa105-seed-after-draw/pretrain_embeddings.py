import numpy as np
import torch
from torch import nn


def run(vocab_size=5000, dim=128, seed=11):
    embedding = nn.Embedding(vocab_size, dim)
    head = nn.Linear(dim, vocab_size)
    torch.manual_seed(seed)  # expect: SA105
    np.random.seed(seed)
    tokens = torch.randint(0, vocab_size, (32, 20))
    logits = head(embedding(tokens))
    return logits.mean().item()


if __name__ == "__main__":
    print(run())
