"""A first look at the rentals table: two models, five folds each, printed side by side."""
import pandas as pd
from sklearn.ensemble import BaggingRegressor, GradientBoostingRegressor
from sklearn.model_selection import cross_val_score

hours = pd.read_csv("bike_hours.csv")
features, counts = hours.drop(columns="count"), hours["count"]
print("bagging", cross_val_score(BaggingRegressor(random_state=5), features, counts, cv=5).mean())  # expect: SA101
print("boosting", cross_val_score(GradientBoostingRegressor(subsample=0.8, random_state=5), features, counts, cv=5).mean())
