"""Churn table: split by signup month, then every candidate fitted and scored under five seeds, mean and spread."""
import statistics

import pandas as pd

from zoo import *

customers = pd.read_csv("churn.csv")
early = customers[customers.signup_month < 10]
late = customers[customers.signup_month >= 10]
features = [c for c in customers.columns if c not in ("churned", "signup_month")]

for name, model in zip(NAMES, CANDIDATES):
    scores = []
    for seed in range(5):
        model.set_params(random_state=seed)
        model.fit(early[features], early.churned)
        scores.append(model.score(late[features], late.churned))
    print(f"{name}: {statistics.mean(scores):.3f} +/- {statistics.stdev(scores):.3f}")
