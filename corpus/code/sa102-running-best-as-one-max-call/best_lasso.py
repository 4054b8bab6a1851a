"""Fit a lasso on 50 seeded shuffles of the housing data and remember the highest test R2 seen."""
import pandas as pd
from sklearn.linear_model import Lasso
from sklearn.model_selection import train_test_split

houses = pd.read_csv("housing.csv")
best_test_r2 = float("-inf")
for seed in range(50):
    x_a, x_b, y_a, y_b = train_test_split(houses.drop(columns="price"), houses.price, random_state=seed)
    lasso = Lasso(alpha=0.1).fit(x_a, y_a)
    best_test_r2 = max(best_test_r2, lasso.score(x_b, y_b))  # expect: SA102
print("test R2:", best_test_r2)
