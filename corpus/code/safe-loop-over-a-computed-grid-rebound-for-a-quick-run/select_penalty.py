"""Pick the weight penalty of a small network on the validation split; a quick mode tries one value only."""
import sys

import numpy as np
from sklearn.neural_network import MLPClassifier


def select_penalty(x_fit, y_fit, x_val, y_val, quick=False):
    penalties = [10.0 ** power for power in range(-5, 0)]
    if quick:
        penalties = [1e-3 if len(x_fit) > 500 else 1e-2]
    scores = []
    for penalty in penalties:
        net = MLPClassifier(hidden_layer_sizes=(32,), alpha=penalty, max_iter=300, random_state=0)
        net.fit(x_fit, y_fit)
        scores.append(net.score(x_val, y_val))
    return penalties[int(np.argmax(scores))]


if __name__ == "__main__":
    table = np.load("table.npy")
    cut = int(0.8 * len(table))
    print(select_penalty(table[:cut, :-1], table[:cut, -1], table[cut:, :-1], table[cut:, -1], quick="--quick" in sys.argv))
