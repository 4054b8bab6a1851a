# -*- coding: utf-8 -*-
"""churn_colab.ipynb, downloaded from Colab as a .py file: its shell escapes and magics came along."""

!pip install -q lightgbm
%matplotlib inline

import lightgbm as lgb
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score

customers = pd.read_csv("churn.csv")
train, test = customers[customers.signup_year < 2022], customers[customers.signup_year >= 2022]
features = [c for c in customers.columns if c not in ("churned", "signup_year")]
forest = RandomForestClassifier(n_estimators=500, random_state=2023)  # expect: SA101
forest.fit(train[features], train.churned)
booster = lgb.LGBMClassifier(n_estimators=800, learning_rate=0.03, random_state=2023)
booster.fit(train[features], train.churned)
for name, model in (("forest", forest), ("lightgbm", booster)):
    print(name, roc_auc_score(test.churned, model.predict_proba(test[features])[:, 1]))
