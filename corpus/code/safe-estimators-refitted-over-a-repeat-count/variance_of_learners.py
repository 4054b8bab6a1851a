"""How much do a single tree and an extra-trees forest vary from one noisy training sample to the next?"""
import numpy as np
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.tree import DecisionTreeRegressor

np.random.seed(5)  # expect: SA104
n_draws = 150
grid = np.linspace(-3, 3, 400).reshape(-1, 1)
learners = [("tree", DecisionTreeRegressor()), ("extra trees", ExtraTreesRegressor(n_estimators=50))]
inputs, targets = [], []
for _ in range(n_draws):
    x = np.random.uniform(-3, 3, size=(60, 1))
    inputs.append(x)
    targets.append(np.sin(x).ravel() + np.random.normal(0, 0.2, 60))
for label, learner in learners:
    curves = np.empty((n_draws, len(grid)))
    for draw in range(n_draws):
        learner.fit(inputs[draw], targets[draw])
        curves[draw] = learner.predict(grid)
    print(label, "variance", curves.var(axis=0).mean())
