import numpy as np
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold


def cross_validate(X, y, alpha=1.0):
    folds = KFold(n_splits=5, shuffle=True)  # expect: SA191
    errors = []
    for train_idx, test_idx in folds.split(X):
        model = Ridge(alpha=alpha).fit(X[train_idx], y[train_idx])
        errors.append(np.mean((model.predict(X[test_idx]) - y[test_idx]) ** 2))
    return float(np.mean(errors)), float(np.std(errors))
