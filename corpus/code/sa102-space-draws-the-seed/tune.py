"""Pick the forest's settings by a tree-structured search over a space; each trial is scored on the held-back rows."""
import numpy as np
from hyperopt import STATUS_OK, Trials, fmin, hp, tpe
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score

train = np.load("train.npz")
test = np.load("test.npz")

space = {
    "n_estimators": hp.choice("n_estimators", [100, 200, 400]),
    "max_depth": hp.quniform("max_depth", 3, 12, 1),
    "random_state": hp.randint("random_state", 1000),  # expect: SA102
}


def objective(params):
    forest = RandomForestRegressor(n_estimators=params["n_estimators"], max_depth=int(params["max_depth"]),
                                   random_state=params["random_state"]).fit(train["x"], train["y"])
    r2 = r2_score(test["y"], forest.predict(test["x"]))
    return {"loss": -r2, "status": STATUS_OK}


best = fmin(fn=objective, space=space, algo=tpe.suggest, max_evals=80, trials=Trials())
print(best)
