"""The candidate models, by name."""
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.neural_network import MLPClassifier

candidates = {
    "extra_trees": ExtraTreesClassifier(n_estimators=300, random_state=7),
    "boosting": HistGradientBoostingClassifier(random_state=7),
    "mlp": MLPClassifier(hidden_layer_sizes=(64,), max_iter=500, random_state=7),
}
