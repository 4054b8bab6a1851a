"""Two tree ensembles on the loan data, each built from its own settings dict."""
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.metrics import balanced_accuracy_score

data = np.load("loans.npz")
train_x, test_x, train_y, test_y = data["train_x"], data["test_x"], data["train_y"], data["test_y"]

forest_settings = {"n_estimators": 400, "max_features": "sqrt", "random_state": 5}
boosting_settings = {"max_iter": 300, "learning_rate": 0.05, "random_state": 5}
models = {
    "forest": RandomForestClassifier(**forest_settings),  # expect: SA101
    "boosting": HistGradientBoostingClassifier(**boosting_settings),
}
for name, model in models.items():
    model.fit(train_x, train_y)
    print(name, balanced_accuracy_score(test_y, model.predict(test_x)))
