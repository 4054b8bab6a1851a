"""Write the five cross-validation folds of the retina screening table, grouped by patient."""
import argparse
import json

import numpy as np
import pandas as pd
from sklearn.model_selection import StratifiedGroupKFold


def folds(table, column, seed):
    splitter = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=seed)
    out = []
    for train_rows, held_rows in splitter.split(table, table[column], groups=table["patient"]):
        out.append({"train": table.index[train_rows].tolist(), "held": table.index[held_rows].tolist()})
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--table", default="data/screening.csv")
    parser.add_argument("--stratify-by", default="grade")
    parser.add_argument("--out", default="data/folds.json")
    args = parser.parse_args()
    seed = 2024
    np.random.seed(seed)
    table = pd.read_csv(args.table)
    with open(args.out, "w") as handle:
        json.dump(folds(table, args.stratify_by, seed), handle)


if __name__ == "__main__":
    main()
