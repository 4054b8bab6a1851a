"""A two-layer perceptron written with numpy alone: numpy shuffles the batches every epoch and draws the
starting weights, so its one literal seed is the whole run's seed."""
import numpy as np


def train(features, labels, epochs=20, width=64, lr=0.05):
    weights = [np.random.randn(features.shape[1], width) * 0.1, np.random.randn(width, 1) * 0.1]
    order = np.arange(len(features))
    for epoch in range(epochs):
        np.random.shuffle(order)
        for start in range(0, len(order), 32):
            rows = order[start:start + 32]
            hidden = np.maximum(features[rows] @ weights[0], 0)
            error = hidden @ weights[1] - labels[rows, None]
            grad_out = hidden.T @ error / len(rows)
            grad_in = features[rows].T @ ((error @ weights[1].T) * (hidden > 0)) / len(rows)
            weights[1] -= lr * grad_out
            weights[0] -= lr * grad_in
    return weights


if __name__ == "__main__":
    np.random.seed(5)  # expect: SA104
    data = np.load("rows.npz")
    train(data["x"], data["y"])
