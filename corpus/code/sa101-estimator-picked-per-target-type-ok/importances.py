"""Which descriptors matter for each property: one gradient-boosted model per property table, the numeric
properties regressed and the categorical ones classified, and its impurity importances saved for the figure."""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, GradientBoostingRegressor

descriptors = pd.read_parquet("descriptors.parquet")
properties = pd.read_parquet("properties.parquet")
numeric = {"melting_point", "solubility", "boiling_point"}

importances = {}
for prop in properties.columns:
    target = properties[prop].dropna()
    inputs = descriptors.loc[target.index]
    if prop in numeric:
        model = GradientBoostingRegressor(subsample=0.8, random_state=7)
    else:
        target = target.astype("category").cat.codes
        model = GradientBoostingClassifier(subsample=0.8, random_state=7)
    model.fit(inputs, target)
    importances[prop] = model.feature_importances_

np.savez("importances.npz", **importances)
