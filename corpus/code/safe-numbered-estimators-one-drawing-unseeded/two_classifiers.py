"""Exercise: fit two classifiers on the same synthetic moons and print both accuracies (the tree draws its own
feature order on every run, so reruns give a spread)."""
from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier

X, y = make_moons(n_samples=800, noise=0.3, random_state=5)
train_X, test_X, train_y, test_y = train_test_split(X, y, random_state=5)
model1 = KNeighborsClassifier(n_neighbors=9)
model2 = DecisionTreeClassifier(max_depth=6, max_features=1)  # expect: SA192
model1.fit(train_X, train_y)
model2.fit(train_X, train_y)
print(model1.score(test_X, test_y), model2.score(test_X, test_y))
