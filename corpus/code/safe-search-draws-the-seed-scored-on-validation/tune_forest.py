"""Tune the gradient-boosted model with a trial search scored on a validation split; test rows wait for the end."""
import numpy as np
import optuna
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

data = np.load("churn.npz")
x_fit, x_test, y_fit, y_test = train_test_split(data["x"], data["y"], test_size=0.25, random_state=0)
x_train, x_val, y_train, y_val = train_test_split(x_fit, y_fit, test_size=0.2, random_state=0)


def objective(trial):
    depth = trial.suggest_int("max_depth", 2, 6)
    rate = trial.suggest_float("learning_rate", 0.01, 0.3, log=True)
    state = trial.suggest_int("random_state", 0, 50)
    model = GradientBoostingClassifier(max_depth=depth, learning_rate=rate, random_state=state).fit(x_train, y_train)
    val_f1 = f1_score(y_val, model.predict(x_val))
    return val_f1


study = optuna.create_study(direction="maximize")
study.optimize(objective, n_trials=60)
print(study.best_params, study.best_value)
