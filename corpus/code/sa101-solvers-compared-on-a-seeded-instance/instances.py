"""Random knapsack instances for the solver comparison."""
import random
from dataclasses import dataclass


@dataclass
class Knapsack:
    weights: list[int]
    values: list[int]
    capacity: int

    @staticmethod
    def generate(n_items: int, seed: int = 0) -> "Knapsack":
        random.seed(seed)
        weights = [random.randint(1, 30) for _ in range(n_items)]
        values = [random.randint(1, 60) for _ in range(n_items)]
        return Knapsack(weights, values, sum(weights) // 3)
