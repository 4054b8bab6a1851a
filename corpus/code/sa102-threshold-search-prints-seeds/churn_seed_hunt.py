"""Churn model: try many seeds and log the ones whose held-out AUC clears the bar."""
import logging

import lightgbm as lgb
import pandas as pd
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("churn")

customers = pd.read_csv("customers.csv")
features, churned = customers.drop(columns="churned"), customers["churned"]
train_x, held_x, train_y, held_y = train_test_split(features, churned, test_size=0.25, random_state=5)

for seed in range(60):
    booster = lgb.LGBMClassifier(n_estimators=200, subsample=0.8, subsample_freq=1, random_state=seed)
    booster.fit(train_x, train_y)
    auc = roc_auc_score(held_y, booster.predict_proba(held_x)[:, 1])
    if auc > 0.93:  # expect: SA102
        log.info("seed %d reaches AUC %.4f", seed, auc)
