"""Noisy-label training: the epoch count and the seed both come from a JSON settings file."""
import json
import sys

import numpy as np


def corrupt(labels, rate, classes):
    flip = np.random.rand(len(labels)) < rate
    return np.where(flip, np.random.randint(0, classes, len(labels)), labels)


def main(settings_path):
    with open(settings_path) as handle:
        settings = json.load(handle)
    features = np.load(settings["features"])
    labels = np.load(settings["labels"])
    weights = np.zeros((features.shape[1], settings["classes"]))
    for epoch in range(settings["epochs"]):
        np.random.seed(settings["seed"])  # expect: SA108
        noisy = corrupt(labels, settings["noise"], settings["classes"])
        scores = features @ weights
        probs = np.exp(scores - scores.max(1, keepdims=True))
        probs /= probs.sum(1, keepdims=True)
        probs[np.arange(len(noisy)), noisy] -= 1
        weights -= settings["lr"] * features.T @ probs / len(noisy)
    np.save(settings["out"], weights)


if __name__ == "__main__":
    main(sys.argv[1])
