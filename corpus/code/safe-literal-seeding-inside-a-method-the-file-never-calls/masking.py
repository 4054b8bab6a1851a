"""Missing-value masks for the client datasets; the self-test below shuffles a toy table."""
import random

import numpy as np


class MaskMaker:
    def __init__(self, rate=0.1):
        self.rate = rate

    def fixed_mask(self, rows, cols):
        random.seed(42)  # the same cells go missing in every client's copy
        cells = random.sample(range(rows * cols), int(rows * cols * self.rate))
        mask = np.zeros(rows * cols, dtype=bool)
        mask[cells] = True
        return mask.reshape(rows, cols)


if __name__ == "__main__":
    table = np.arange(20).reshape(5, 4)
    print(table[np.random.permutation(5)])
