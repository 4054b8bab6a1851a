"""Rank three regressors on one held-out split; the split is fixed so that every model sees the same rows."""
from sklearn.model_selection import KFold, train_test_split
from sklearn.neighbors import KNeighborsRegressor
from sklearn.svm import SVR
from sklearn.linear_model import Ridge


def rank(features, target):
    x_fit, x_hold, y_fit, y_hold = train_test_split(features, target, test_size=0.3, random_state=8)
    folds = KFold(n_splits=4, shuffle=True, random_state=8)
    for label, regressor in (("ridge", Ridge()), ("svr", SVR()), ("knn", KNeighborsRegressor())):
        regressor.fit(x_fit, y_fit)
        print(label, regressor.score(x_hold, y_hold), folds.get_n_splits())
