"""A small grid world; its users seed it through `seed`, and the demo below just walks it at random."""
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
    state = world.reset()
    for _ in range(20):
        state, reward = world.step(np.random.randint(4))
        print(state, reward)
