"""A tiny numpy network and a generated table, shared by the examples (no torch, a second per run).

`make_table` builds the data from its own seed (a data seed: `seedaudit rerun` keeps it, so every
run scores the same test rows); `train` draws the initial weights and the batch order from the
generator it is given (the training seed, which the re-run varies).
"""
from __future__ import annotations

import numpy as np


def make_table(rows: int, seed: int = 7, features: int = 6, classes: int = 3, noise: float = 0.3):
    """A generated table: `rows` rows of `features` numbers and a class from a fixed random rule."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(rows, features))
    rule = rng.normal(size=(features, classes))
    y = np.argmax(np.tanh(X @ rule) + noise * rng.normal(size=(rows, classes)), axis=1)
    return X, y


def train(X, y, hidden: tuple[int, ...], rng, epochs: int = 40, lr: float = 0.1, batch: int = 20):
    """Softmax network with tanh hidden layers, plain minibatch SGD; returns the weights."""
    sizes = (X.shape[1], *hidden, int(y.max()) + 1)
    weights = [rng.normal(scale=1 / np.sqrt(a), size=(a, b)) for a, b in zip(sizes, sizes[1:])]
    biases = [np.zeros(b) for b in sizes[1:]]
    for _ in range(epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch):
            rows = order[start:start + batch]
            layers = _forward(weights, biases, X[rows])
            grad = layers[-1].copy()
            grad[np.arange(len(rows)), y[rows]] -= 1
            grad /= len(rows)
            for i in reversed(range(len(weights))):
                below = layers[i]
                step_w, step_b = below.T @ grad, grad.sum(axis=0)
                if i:
                    grad = (grad @ weights[i].T) * (1 - below**2)
                weights[i] -= lr * step_w
                biases[i] -= lr * step_b
    return weights, biases


def predict(model, X):
    weights, biases = model
    return _forward(weights, biases, X)[-1].argmax(axis=1)


def _forward(weights, biases, X):
    layers = [X]
    for i, (w, b) in enumerate(zip(weights, biases)):
        z = layers[-1] @ w + b
        if i < len(weights) - 1:
            layers.append(np.tanh(z))
        else:
            z = np.exp(z - z.max(axis=1, keepdims=True))
            layers.append(z / z.sum(axis=1, keepdims=True))
    return layers
