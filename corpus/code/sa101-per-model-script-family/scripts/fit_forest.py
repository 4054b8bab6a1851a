"""Fit the forest regressor on the housing table and print its held-out error."""
import argparse

import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.metrics import mean_absolute_error


def read(path):
    table = pd.read_csv(path)
    return table.drop(columns=["price"]), table["price"]


def regressor(args):
    model = ExtraTreesRegressor(n_estimators=args.trees, random_state=args.seed)
    return model


def run(args):
    features, target = read(args.train)
    held_features, held_target = read(args.held_out)
    model = regressor(args)
    model.fit(features, target)
    print("MAE", mean_absolute_error(held_target, model.predict(held_features)))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="data/train.csv")
    parser.add_argument("--held-out", default="data/held_out.csv")
    parser.add_argument("--trees", type=int, default=300)
    parser.add_argument("--seed", type=int, default=123)
    run(parser.parse_args())
