"""Summarise the sweep: every seed's accuracy, best first, and the mean and spread over all of them."""
import pandas as pd

table = pd.read_csv("runs/test_scores.csv", names=["seed", "acc"])
table = table.sort_values("acc", ascending=False)
print(table.to_string(index=False))
print("accuracy", round(table["acc"].mean(), 4), "+-", round(table["acc"].std(), 4))
