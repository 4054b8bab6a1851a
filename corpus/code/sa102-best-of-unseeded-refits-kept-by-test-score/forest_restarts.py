"""Fit the forest several times and keep the strongest one for the report."""
from sklearn.datasets import load_breast_cancer
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.model_selection import train_test_split

X, y = load_breast_cancer(return_X_y=True)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=0)

n_restarts = 20
best_accuracy, kept = 0.0, None
for attempt in range(n_restarts):
    forest = ExtraTreesClassifier(n_estimators=50, max_features=3)  # expect: SA192
    forest.fit(X_tr, y_tr)
    accuracy = forest.score(X_te, y_te)
    if accuracy > best_accuracy:  # expect: SA102
        best_accuracy, kept = accuracy, forest
print(f"test accuracy {best_accuracy:.3f}")
