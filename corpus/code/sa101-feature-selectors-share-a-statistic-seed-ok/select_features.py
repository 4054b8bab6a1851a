"""Which genes does each selector keep? Rank the features three ways and save the top k for k from lo to hi."""
import json

import numpy as np
import pandas as pd
from sklearn.feature_selection import RFE, f_classif, mutual_info_classif
from sklearn.linear_model import LogisticRegression


def pick(x, y, method, k):
    if method == "mutual_information":
        scores = mutual_info_classif(x, y, random_state=13)
        return list(x.columns[np.argsort(-scores)][:k])
    if method == "anova":
        return list(x.columns[np.argsort(-np.nan_to_num(f_classif(x, y)[0]))][:k])
    eliminator = RFE(LogisticRegression(max_iter=500), n_features_to_select=k)
    eliminator.fit(x, y)
    return list(x.columns[eliminator.support_])


if __name__ == "__main__":
    table = pd.read_csv("expression.csv")
    x, y = table.drop(columns=["label"]), table["label"]
    lo, hi, step = 10, 200, 10
    kept = {}
    for k in range(lo, hi, step):
        for method in ["mutual_information", "anova", "recursive_elimination"]:
            kept.setdefault(method, {})[k] = pick(x, y, method, k)
    with open("kept_features.json", "w") as handle:
        json.dump(kept, handle)
