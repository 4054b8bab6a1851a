"""Genetic algorithm against ant colony on one benchmark graph; the solvers draw from the unseeded global generator."""
from graphs import ColouringInstance
from colourers import AntColonyAlgorithm, GeneticAlgorithm

benchmark = ColouringInstance.build(120, 0.1, seed=2024)  # the one benchmark graph both solvers colour
genetic = GeneticAlgorithm(benchmark, population=80)
colony = AntColonyAlgorithm(benchmark, ants=40)
print("GA conflicts ", genetic.evolve(generations=300).conflicts)
print("ACO conflicts", colony.solve(iterations=300).conflicts)
