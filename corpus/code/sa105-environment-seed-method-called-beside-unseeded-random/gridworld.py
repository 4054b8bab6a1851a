"""A small grid world and a demo walk that seeds the world but picks its moves with Python's own generator."""
import random

import numpy as np


class GridWorld:
    def __init__(self, size=8):
        self.size = size
        self.position = np.zeros(2, dtype=int)

    def seed(self, seed):
        np.random.seed(seed)

    def reset(self):
        self.position = np.random.randint(0, self.size, 2)
        return self.position.copy()

    def step(self, action):
        moves = np.array([[0, 1], [1, 0], [0, -1], [-1, 0]])
        self.position = np.clip(self.position + moves[action], 0, self.size - 1)
        return self.position.copy(), float((self.position == self.size - 1).all())


if __name__ == "__main__":
    world = GridWorld()
    world.seed(3)
    state = world.reset()
    for _ in range(20):
        state, reward = world.step(random.randrange(4))  # expect: SA105
        print(state, reward)
