"""Which detector separates the injected faults best on the held-out sensor windows."""
import numpy as np
from sklearn.metrics import roc_auc_score

from detectors.fitting import fit_autoencoder, fit_forest


def outlier_score(name, model, X):
    if name == "forest":
        return -model.score_samples(X)
    return ((model.predict(X) - X) ** 2).sum(1)


windows = np.load("windows.npy")
faults = np.load("faults.npy")
train, test, test_faults = windows[:800], windows[800:], faults[800:]
auc = {}
for name, fit in [("forest", fit_forest), ("autoencoder", fit_autoencoder)]:  # expect: SA101
    model = fit(train)
    auc[name] = roc_auc_score(test_faults, outlier_score(name, model, test))
print(max(auc, key=auc.get), auc)
