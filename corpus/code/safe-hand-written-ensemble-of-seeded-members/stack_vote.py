"""One hand-written soft-voting ensemble over seeded members, fitted and scored once as a single model."""
import numpy as np
from sklearn.base import clone
from sklearn.datasets import load_digits
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split


class AverageProbabilities:
    def __init__(self, members):
        self.members = members

    def fit(self, X, y):
        self.fitted_ = []
        for member in self.members:
            self.fitted_.append(clone(member).fit(X, y))
        return self

    def predict(self, X):
        return np.mean([m.predict_proba(X) for m in self.fitted_], axis=0).argmax(1)


X, y = load_digits(return_X_y=True)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=8)
ensemble = AverageProbabilities([ExtraTreesClassifier(random_state=8),  # expect: SA104
                                 SGDClassifier(loss="log_loss", random_state=8)])
ensemble.fit(X_tr, y_tr)
print((ensemble.predict(X_te) == y_te).mean())
