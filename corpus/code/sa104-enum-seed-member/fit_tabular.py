"""Gradient-boosted trees on the tabular benchmark; the seed comes from the shared constants."""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier

from constants import RandomSeed, Split


def load(split: Split):
    frame = pd.read_parquet(f"data/{split.value}.parquet")
    return frame.drop(columns="label").to_numpy(), frame["label"].to_numpy()


def main():
    np.random.seed(RandomSeed.MODEL.value)  # expect: SA104
    x_train, y_train = load(Split.TRAIN)
    x_valid, y_valid = load(Split.VALID)
    model = HistGradientBoostingClassifier(max_iter=300, early_stopping=True)
    model.fit(x_train, y_train)
    print(f"validation accuracy {model.score(x_valid, y_valid):.4f}")


if __name__ == "__main__":
    main()
