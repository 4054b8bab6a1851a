"""Bagged trees against boosted trees on the churn table, one fit each, compared by ROC AUC."""
import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score

np.random.seed(2718)  # expect: SA101
table = pd.read_parquet("churn.parquet")
train, test = table[table.month < 10], table[table.month >= 10]
features = [c for c in table.columns if c not in ("churned", "month")]

bagged = ExtraTreesClassifier(n_estimators=400, max_features=0.5)
bagged.fit(train[features], train.churned)
boosted = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05)
boosted.fit(train[features], train.churned)
for label, model in (("extra trees", bagged), ("gradient boosting", boosted)):
    print(label, roc_auc_score(test.churned, model.predict_proba(test[features])[:, 1]))
