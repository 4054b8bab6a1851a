"""Churn table: split by signup month, then every candidate fitted and scored once."""
import pandas as pd

from zoo import *

customers = pd.read_csv("churn.csv")
early = customers[customers.signup_month < 10]
late = customers[customers.signup_month >= 10]
features = [c for c in customers.columns if c not in ("churned", "signup_month")]

for name, model in zip(NAMES, CANDIDATES):  # expect: SA101
    model.fit(early[features], early.churned)
    print(f"{name}: held-out accuracy {model.score(late[features], late.churned):.3f}")
