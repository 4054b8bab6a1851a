"""Random graph-colouring instances; each instance draws from its own generator, so the global one stays free."""
import random


class ColouringInstance:
    def __init__(self, edges: list[tuple[int, int]], n_nodes: int) -> None:
        self.edges, self.n_nodes = edges, n_nodes

    @classmethod
    def build(cls, n_nodes: int, density: float, seed: int = 0) -> "ColouringInstance":
        rng = random.Random(seed)
        edges = [(a, b) for a in range(n_nodes) for b in range(a + 1, n_nodes) if rng.random() < density]
        return cls(edges, n_nodes)
