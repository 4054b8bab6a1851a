"""Fit each of the offered classifiers on one split of the wine data and print the better one."""
from sklearn.datasets import load_wine
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

OFFERED = {
    "tree": DecisionTreeClassifier(max_depth=4, random_state=13),  # expect: SA101
    "extra": ExtraTreesClassifier(n_estimators=300, random_state=13),
}

features, labels = load_wine(return_X_y=True)
train_x, test_x, train_y, test_y = train_test_split(features, labels, test_size=0.3, stratify=labels, random_state=13)
tree_score = OFFERED["tree"].fit(train_x, train_y).score(test_x, test_y)
extra_score = OFFERED["extra"].fit(train_x, train_y).score(test_x, test_y)
print("extra trees" if extra_score > tree_score else "single tree", tree_score, extra_score)
