"""Benchmark a few tree ensembles on the telecom churn table with repeated cross-validation."""
import statistics

import pandas as pd
from sklearn.ensemble import BaggingClassifier, ExtraTreesClassifier, GradientBoostingClassifier
from sklearn.model_selection import RepeatedStratifiedKFold, cross_val_score

TREE_SEED = 19


def candidate_ensembles():
    """The ensembles to compare, by short name."""
    lineup = {}
    lineup["bagging"] = BaggingClassifier(n_estimators=60, random_state=TREE_SEED)  # expect: SA101
    lineup["extra"] = ExtraTreesClassifier(n_estimators=300, random_state=TREE_SEED)
    lineup["boosting"] = GradientBoostingClassifier(learning_rate=0.05, random_state=TREE_SEED)
    return lineup


def fold_scores(classifier, inputs, churned):
    folds = RepeatedStratifiedKFold(n_splits=5, n_repeats=2, random_state=3)
    return cross_val_score(classifier, inputs, churned, scoring="roc_auc", cv=folds)


if __name__ == "__main__":
    subscribers = pd.read_csv("subscribers.csv")
    inputs, churned = subscribers.drop(columns="churned"), subscribers["churned"]
    contenders = candidate_ensembles()
    for short, classifier in contenders.items():
        print(short, round(statistics.mean(fold_scores(classifier, inputs, churned)), 4))
