"""Fit every model of the zoo once and rank them by held-out error."""
import pandas as pd
from sklearn.metrics import mean_absolute_error

import zoo


def run(name, seed=6):
    frame = pd.read_csv("houses.csv")
    train, test = frame.iloc[:4000], frame.iloc[4000:]
    model = zoo.build(seed, name)  # expect: SA101
    model.fit(train.drop(columns="price"), train["price"])
    return mean_absolute_error(test["price"], model.predict(test.drop(columns="price")))


if __name__ == "__main__":
    errors = {model_name: run(model_name) for model_name in ["forest", "boosting", "sgd"]}
    print(sorted(errors.items(), key=lambda item: item[1]))
