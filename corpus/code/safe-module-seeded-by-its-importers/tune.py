"""Entry point: seeds every generator once, then runs the zeroth-order steps."""
import random
import sys

import numpy as np
import torch

from engine.stepper import Stepper


def main(seed: int, steps: int = 10) -> float:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    weights = [torch.nn.Parameter(torch.zeros(4))]
    stepper = Stepper(weights, ["head", "body"])
    for _ in range(steps):
        stepper.step(lambda: float(weights[0].sum()))
    return float(weights[0].sum())


if __name__ == "__main__":
    print(main(int(sys.argv[1])))
