"""Matrix factorisation with negative sampling, trained with plain numpy."""
import numpy as np


def train(ratings, n_users, n_items, dim=16, epochs=20, lr=0.05, seed=0):
    users = np.random.RandomState(seed).normal(0, 0.1, (n_users, dim))
    items = np.random.RandomState(seed + 1).normal(0, 0.1, (n_items, dim))
    for epoch in range(epochs):
        np.random.seed(seed)  # expect: SA108
        order = np.random.permutation(len(ratings))
        negatives = np.random.randint(0, n_items, size=len(ratings))
        total = 0.0
        for index in order:
            u, i, r = ratings[index]
            j = negatives[index]
            err = r - users[u] @ items[i]
            users[u] += lr * (err * items[i] - 0.01 * users[u])
            items[i] += lr * (err * users[u] - 0.01 * items[i])
            items[j] -= lr * 0.01 * items[j]
            total += err * err
        print(f"epoch {epoch}: mse {total / len(ratings):.4f}")
    return users, items
