"""Fit a ridge model to the concrete data on many random splits and keep the one with the best held-out R2."""
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split

concrete = pd.read_csv("concrete.csv")
features, strength = concrete.drop(columns="strength"), concrete.strength
best_r2, best_model = float("-inf"), None
for attempt in range(500):
    x_fit, x_held, y_fit, y_held = train_test_split(features, strength, test_size=0.25)  # expect: SA191
    model = Ridge(alpha=1.0).fit(x_fit, y_fit)
    r2 = model.score(x_held, y_held)
    if r2 > best_r2:  # expect: SA102
        best_r2, best_model = r2, model
print("R2", best_r2)
