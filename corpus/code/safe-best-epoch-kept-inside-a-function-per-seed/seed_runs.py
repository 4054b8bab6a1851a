"""Train the tagger once per seed, keep each run's best epoch on the dev sentences, report the mean over seeds."""
from statistics import mean, stdev

import torch

from tagger import evaluate, train_one_epoch, new_tagger


def run(seed, epochs=10):
    torch.manual_seed(seed)
    model = new_tagger()
    best_dev = 0.0
    for _ in range(epochs):
        train_one_epoch(model)
        dev_f1 = evaluate(model, split="dev")
        if dev_f1 > best_dev:
            best_dev = dev_f1
    return best_dev


scores = [run(seed) for seed in range(5)]
print(mean(scores), stdev(scores))
