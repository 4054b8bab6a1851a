"""Two outlier detectors, each fitted by its own function."""
from sklearn.ensemble import IsolationForest
from sklearn.neural_network import MLPRegressor


def fit_forest(X, trees=300, seed=13):
    detector = IsolationForest(n_estimators=trees, random_state=seed)
    return detector.fit(X)


def fit_autoencoder(X, width=8, seed=13):
    net = MLPRegressor(hidden_layer_sizes=(width,), max_iter=400, random_state=seed)
    return net.fit(X, X)
