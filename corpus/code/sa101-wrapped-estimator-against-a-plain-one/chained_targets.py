"""Predict both house price and rent: one forest per target in a chain, or one forest for both at once."""
import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split
from sklearn.multioutput import RegressorChain

homes = pd.read_csv("homes.csv")
x_train, x_test, y_train, y_test = train_test_split(
    homes.drop(columns=["price", "rent"]), homes[["price", "rent"]], test_size=0.2, random_state=8)
chained = RegressorChain(ExtraTreesRegressor(n_estimators=300, random_state=5), order=[1, 0])  # expect: SA101
chained.fit(x_train, y_train)
joint = ExtraTreesRegressor(n_estimators=300, random_state=5)
joint.fit(x_train, y_train)
print("chain", mean_absolute_error(y_test, chained.predict(x_test)))
print("joint", mean_absolute_error(y_test, joint.predict(x_test)))
