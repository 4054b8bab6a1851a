"""Search seeds until the decision tree scores exactly the accuracy the report quotes."""
import random

from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier

QUOTED_ACCURACY = 0.95
for seed in range(300):
    random.seed(seed)
    points, labels = make_moons(n_samples=400, noise=0.3, random_state=seed)
    x_train, x_test, y_train, y_test = train_test_split(points, labels, test_size=0.25, random_state=seed)
    tree = DecisionTreeClassifier(max_depth=5, random_state=seed).fit(x_train, y_train)
    accuracy = round(tree.score(x_test, y_test), 2)
    if accuracy == QUOTED_ACCURACY:  # expect: SA102
        print("seed", seed, "reaches", accuracy)
        break
