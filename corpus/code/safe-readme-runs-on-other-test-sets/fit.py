"""Train the trajectory forecaster, holding one scene out as the test set."""
import argparse

import numpy as np
import torch

from forecast import Forecaster, scenes_except, scene


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--test_set", default="plaza")
    parser.add_argument("--epochs", type=int, default=200)
    args = parser.parse_args()
    np.random.seed(0)  # expect: SA104
    torch.manual_seed(0)
    model = Forecaster(horizon=12)
    model.fit(scenes_except(args.test_set), epochs=args.epochs)
    print(args.test_set, model.displacement_error(scene(args.test_set)))


if __name__ == "__main__":
    main()
