"""Regressor or classifier view of the same solubility table: both fitted on one split, their held-out scores printed."""
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor
from sklearn.model_selection import train_test_split

table = pd.read_parquet("solubility.parquet")
inputs, target = table.drop(columns=["solubility"]), table["solubility"]
train_x, test_x, train_y, test_y = train_test_split(inputs, target, test_size=0.2, shuffle=False)

for view in ["regression", "classification"]:
    if view == "regression":
        model = GradientBoostingRegressor(subsample=0.8, random_state=7)  # expect: SA101
        fit_y, eval_y = train_y, test_y
    else:
        model = GradientBoostingClassifier(subsample=0.8, random_state=7)
        fit_y, eval_y = train_y > train_y.median(), test_y > train_y.median()
    model.fit(train_x, fit_y)
    print(view, model.score(test_x, eval_y))
