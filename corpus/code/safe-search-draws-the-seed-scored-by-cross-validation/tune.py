"""Tune the boosted trees by a trial search scored by five-fold cross-validation on the training rows only."""
import numpy as np
import optuna
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import cross_val_score

train = np.load("train.npz")


def objective(trial):
    model = GradientBoostingClassifier(
        learning_rate=trial.suggest_float("learning_rate", 0.01, 0.3, log=True),
        random_state=trial.suggest_int("random_state", 0, 20),
    )
    return cross_val_score(model, train["x"], train["y"], cv=5).mean()


study = optuna.create_study(direction="maximize")
study.optimize(objective, n_trials=50)
print(study.best_params)
