"""Non-negative factorisation of a count matrix: several random starts, the one with the smallest residual kept."""
import numpy as np


class Factoriser:
    def __init__(self, rank, seed):
        self.rank = rank
        self.rng = np.random.default_rng(seed)

    def fit(self, counts, sweeps=200):
        rows, cols = counts.shape
        self.left = self.rng.random((rows, self.rank))
        self.right = self.rng.random((self.rank, cols))
        self.counts = counts
        for _ in range(sweeps):
            self.right *= (self.left.T @ counts) / (self.left.T @ self.left @ self.right + 1e-9)
            self.left *= (counts @ self.right.T) / (self.left @ self.right @ self.right.T + 1e-9)
        return self

    def residual(self):
        return float(np.linalg.norm(self.counts - self.left @ self.right))


def best_start(counts, rank, starts=8):
    seeds, residuals = [], []
    for start in range(starts):
        seed = 1000 + start
        model = Factoriser(rank, seed).fit(counts)
        seeds.append(seed)
        residuals.append(model.residual())
    best_seed = seeds[int(np.argmin(residuals))]
    return best_seed


if __name__ == "__main__":
    matrix = np.random.default_rng(0).poisson(3.0, size=(40, 25)).astype(float)
    print(best_start(matrix, rank=4))
