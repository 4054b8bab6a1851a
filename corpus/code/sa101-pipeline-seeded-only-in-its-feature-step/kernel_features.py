"""Do random Fourier features help a linear churn model? One pipeline against the plain model, scored once."""
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

fourier = RBFSampler(gamma=0.2, n_components=400, random_state=5)  # expect: SA101
lifted = Pipeline([("scale", StandardScaler()), ("fourier", fourier), ("ridge", RidgeClassifier(alpha=3.0))])
lifted.fit(X_tr, y_tr)

plain = Pipeline([("scale", StandardScaler()), ("ridge", RidgeClassifier(alpha=3.0))])
plain.fit(X_tr, y_tr)

for label, model in (("fourier", lifted), ("plain", plain)):
    print(label, balanced_accuracy_score(y_te, model.predict(X_te)))
