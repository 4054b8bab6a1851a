"""Compare three tree depths at one seed, then hunt for the seed that suits the chosen depth best."""
import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import cross_val_score
from sklearn.tree import DecisionTreeClassifier

features, labels = load_breast_cancer(return_X_y=True)
for depth in [3, 6, 12]:
    tree = DecisionTreeClassifier(max_depth=depth, random_state=1)  # expect: SA101
    print(depth, cross_val_score(tree, features, labels, cv=5).mean())

scores = {}
for seed in np.random.randint(0, 10_000, 40):
    scores[seed] = cross_val_score(DecisionTreeClassifier(max_depth=6, random_state=seed), features, labels, cv=5).mean()
print("seed for depth 6:", max(scores, key=scores.get))
