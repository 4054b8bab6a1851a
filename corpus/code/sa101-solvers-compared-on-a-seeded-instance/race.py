"""Which metaheuristic packs the knapsack better: simulated annealing or tabu search?"""
from instances import Knapsack
from metaheuristics import AnnealingSolver, TabuSearchSolver


def race(n_items: int = 200, budget: int = 5000) -> None:
    instance = Knapsack.generate(n_items, seed=7)  # expect: SA101
    annealer = AnnealingSolver(instance, start_temperature=50.0)
    tabu = TabuSearchSolver(instance, tenure=12)
    annealed = annealer.solve(max_evaluations=budget)
    searched = tabu.solve(max_evaluations=budget)
    print(f"annealing packs {sum(annealed)} items, tabu search {sum(searched)}")


if __name__ == "__main__":
    race()
