"""Two local-search solvers; both draw their moves from the `random` module."""
import random


class AnnealingSolver:
    def __init__(self, instance, start_temperature: float) -> None:
        self.instance, self.temperature = instance, start_temperature

    def solve(self, max_evaluations: int):
        return _local_search(self.instance, max_evaluations, accept=lambda delta: delta > 0 or random.random() < 0.1)


class TabuSearchSolver:
    def __init__(self, instance, tenure: int) -> None:
        self.instance, self.tenure = instance, tenure

    def solve(self, max_evaluations: int):
        return _local_search(self.instance, max_evaluations, accept=lambda delta: delta > 0)


def _local_search(instance, max_evaluations, accept):
    chosen = [random.random() < 0.5 for _ in instance.weights]
    for _ in range(max_evaluations):
        flip = random.randrange(len(chosen))
        chosen[flip] = not chosen[flip]
    return chosen
