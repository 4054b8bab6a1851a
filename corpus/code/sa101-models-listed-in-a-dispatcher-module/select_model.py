"""Score every candidate on the held-out month and keep the best one for deployment."""
import pandas as pd
from sklearn.metrics import f1_score

from dispatcher import candidates

train, holdout = pd.read_parquet("train.parquet"), pd.read_parquet("holdout.parquet")
X, y = train.drop(columns="churned"), train["churned"]
scores = {}
for name, model in candidates.items():  # expect: SA101
    model.fit(X, y)
    scores[name] = f1_score(holdout["churned"], model.predict(holdout.drop(columns="churned")))
print(max(scores, key=scores.get), scores)
