"""Churn model: the test AUC averaged over repeated trials, each fit drawing its own state from one generator."""
import numpy as np
from sklearn.datasets import make_classification
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

N_REPEATS = 30
X, y = make_classification(n_samples=2000, n_features=20, random_state=3)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=3)
rng = np.random.RandomState(11)  # expect: SA104

aucs = []
for repeat in range(N_REPEATS):
    booster = GradientBoostingClassifier(subsample=0.8, random_state=rng)
    booster.fit(X_tr, y_tr)
    aucs.append(roc_auc_score(y_te, booster.predict_proba(X_te)[:, 1]))
print(f"AUC {np.mean(aucs):.3f} +- {np.std(aucs):.3f} over {N_REPEATS} trials")
