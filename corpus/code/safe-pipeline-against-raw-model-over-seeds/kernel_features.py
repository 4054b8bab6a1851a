"""Do random Fourier features help a linear churn model? Mean and spread over twenty feature draws."""
import numpy as np
import pandas as pd
from sklearn.kernel_approximation import RBFSampler
from sklearn.linear_model import RidgeClassifier
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

table = pd.read_csv("churn.csv")
X, y = table.drop(columns="left").to_numpy(), table["left"].to_numpy()
X_tr, X_te, y_tr, y_te = train_test_split(X, y, stratify=y, test_size=0.2, random_state=5)

plain = Pipeline([("scale", StandardScaler()), ("ridge", RidgeClassifier(alpha=3.0))])
plain.fit(X_tr, y_tr)
print("plain", balanced_accuracy_score(y_te, plain.predict(X_te)))

scores = []
for draw in range(20):
    fourier = RBFSampler(gamma=0.2, n_components=400, random_state=draw)
    lifted = Pipeline([("scale", StandardScaler()), ("fourier", fourier), ("ridge", RidgeClassifier(alpha=3.0))])
    lifted.fit(X_tr, y_tr)
    scores.append(balanced_accuracy_score(y_te, lifted.predict(X_te)))
print("fourier", np.mean(scores), np.std(scores))
