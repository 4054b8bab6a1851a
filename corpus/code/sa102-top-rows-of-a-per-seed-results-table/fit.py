"""Fine-tune the tagger once; append this run's test accuracy to the shared results table."""
import argparse
import csv

import numpy as np
import torch

from tagger import Tagger, load_splits


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="runs")
    args = parser.parse_args()
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    train, test = load_splits("conll")
    model = Tagger()
    model.fit(train, epochs=5)
    acc = model.accuracy(test)
    with open(f"{args.out}/test_scores.csv", "a", newline="") as handle:
        csv.writer(handle).writerow([args.seed, acc])


if __name__ == "__main__":
    main()
