"""Two tree ensembles on the loan data over five seeds each; the seed is written into each settings dict per run."""
import statistics

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.metrics import balanced_accuracy_score

data = np.load("loans.npz")
train_x, test_x, train_y, test_y = data["train_x"], data["test_x"], data["train_y"], data["test_y"]

forest_settings = {"n_estimators": 400, "max_features": "sqrt", "random_state": 5}
boosting_settings = {"max_iter": 300, "learning_rate": 0.05, "random_state": 5}
scores = {"forest": [], "boosting": []}
for seed in range(5):
    forest_settings["random_state"] = seed
    boosting_settings["random_state"] = seed
    for name, model in [("forest", RandomForestClassifier(**forest_settings)),
                        ("boosting", HistGradientBoostingClassifier(**boosting_settings))]:
        model.fit(train_x, train_y)
        scores[name].append(balanced_accuracy_score(test_y, model.predict(test_x)))
print({name: (statistics.mean(s), statistics.stdev(s)) for name, s in scores.items()})
