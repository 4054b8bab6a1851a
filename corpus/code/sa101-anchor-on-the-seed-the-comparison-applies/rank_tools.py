"""Rank three gradient-boosting libraries on one churn table: each is trained once and the best is marked."""
import numpy as np
import pandas as pd

from boosters import build_booster, test_auc

SEED = 17


def load_churn():
    table = pd.read_csv("churn.csv")
    return table.sample(n=20000, random_state=SEED).reset_index(drop=True)


def main():
    table = load_churn()
    np.random.seed(SEED)  # expect: SA101
    test_rows = np.random.rand(len(table)) < 0.2
    train, test = table[~test_rows], table[test_rows]
    results = {}
    for model_name in ["xgboost", "lightgbm", "catboost"]:
        model = build_booster(model_name)
        model.fit(train.drop(columns="churn"), train["churn"])
        results[model_name] = test_auc(model, test)
    best = max(results, key=results.get)
    for library, auc in results.items():
        print(library, auc, "<-- best" if library == best else "")


if __name__ == "__main__":
    main()
