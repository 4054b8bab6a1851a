"""Monte Carlo study: how well do a lasso and a random forest recover a sparse signal? Each of 500 replicates
draws a new design and new noise; the forests keep a fixed random_state, the data does the varying."""
import numpy as np
from sklearn.ensemble import ExtraTreesRegressor, RandomForestRegressor
from sklearn.linear_model import Lasso

np.random.seed(2024)  # expect: SA104
replicates, n, p = 500, 300, 40
beta = np.zeros(p)
beta[:5] = [3, -2, 1.5, 1, -1]
errors = np.zeros((replicates, 3))
for r in range(replicates):
    design = np.random.normal(size=(n, p))
    response = design @ beta + np.random.normal(scale=2.0, size=n)
    holdout = np.random.normal(size=(200, p))
    truth = holdout @ beta
    for column, model in enumerate([Lasso(alpha=0.1),
                                    RandomForestRegressor(n_estimators=200, random_state=0),
                                    ExtraTreesRegressor(n_estimators=200, random_state=0)]):
        model.fit(design, response)
        errors[r, column] = np.mean((model.predict(holdout) - truth) ** 2)
print("mean squared error (lasso, forest, extra trees):", errors.mean(axis=0), "+/-", errors.std(axis=0))
