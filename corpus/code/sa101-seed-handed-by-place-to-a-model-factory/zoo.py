"""Model factory for the tabular benchmark."""
from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import SGDRegressor


def build(seed, name):
    if name == "forest":
        return RandomForestRegressor(n_estimators=400, random_state=seed)
    if name == "boosting":
        return GradientBoostingRegressor(random_state=seed)
    return SGDRegressor(random_state=seed)
