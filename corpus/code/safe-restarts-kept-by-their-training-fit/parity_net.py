"""A tiny network for 3-bit parity: try a few starting points and keep the one that fits the eight patterns."""
import itertools
import random

import numpy as np

patterns = [(bits, sum(bits) % 2) for bits in itertools.product([0, 1], repeat=3)]
starts = [3, 17, 29, 41, 58]
best_fit, best_start = -1, None
for start in starts:
    random.seed(start)
    w_hidden = np.array([[random.uniform(-1, 1) for _ in range(4)] for _ in range(3)])
    w_out = np.array([random.uniform(-1, 1) for _ in range(4)])
    for _ in range(2000):
        for bits, target in patterns:
            hidden = np.tanh(np.array(bits) @ w_hidden)
            out = 1 / (1 + np.exp(-hidden @ w_out))
            grad = out - target
            w_out -= 0.3 * grad * hidden
            w_hidden -= 0.3 * np.outer(bits, grad * w_out * (1 - hidden ** 2))
    right = 0
    for bits, target in patterns:
        hidden = np.tanh(np.array(bits) @ w_hidden)
        right += int((1 / (1 + np.exp(-hidden @ w_out)) > 0.5) == target)
    if right > best_fit:
        best_fit, best_start = right, start
print("kept start", best_start, "fits", best_fit, "of", len(patterns))
