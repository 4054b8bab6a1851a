"""Fit the fraud forest once and save it."""
import joblib
import pandas as pd
from sklearn.ensemble import RandomForestClassifier

SEED = 2023

frame = pd.read_parquet("transactions.parquet")
forest = RandomForestClassifier(n_estimators=500, random_state=SEED)  # expect: SA104
forest.fit(frame.drop(columns=["fraud"]), frame["fraud"])
joblib.dump(forest, "forest.joblib")
