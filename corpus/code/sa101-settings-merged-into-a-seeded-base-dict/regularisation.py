"""How do shrinkage and row subsampling change a random forest's out-of-bag error? One forest per setting, plotted."""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.ensemble import ExtraTreesRegressor

data = np.load("housing.npz")
X, y = data["x"], data["y"]

base = {"n_estimators": 400, "min_samples_leaf": 3, "random_state": 9}  # expect: SA101

for label, colour, change in [("all rows", "black", {"max_samples": None}),
                              ("half the rows", "tab:blue", {"max_samples": 0.5, "bootstrap": True}),
                              ("sqrt features", "tab:green", {"max_features": "sqrt"})]:
    params = dict(base)
    params.update(change)
    forest = ExtraTreesRegressor(oob_score=True, bootstrap=True, **params)
    forest.fit(X, y)
    plt.bar(label, 1 - forest.oob_score_, color=colour)
plt.ylabel("out-of-bag error")
plt.savefig("regularisation.png")
