"""Ridge regression on a tabular data set, evaluated on a held-out part."""
import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split


def fit_on_split(features, target, tries=200):
    kept_score, chosen = -np.inf, None
    for state in range(tries):
        x_fit, x_hold, y_fit, y_hold = train_test_split(features, target, test_size=0.25, random_state=state)
        model = Ridge(alpha=1.0).fit(x_fit, y_fit)
        r2 = model.score(x_hold, y_hold)
        if r2 > kept_score:  # expect: SA102
            kept_score, chosen = r2, state
    print("test R2", kept_score, "split", chosen)
    return chosen
