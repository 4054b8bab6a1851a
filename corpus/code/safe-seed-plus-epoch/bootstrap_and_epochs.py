import numpy as np
from sklearn.tree import DecisionTreeRegressor
from sklearn.utils import resample


def bagged_scores(X, y, X_test, y_test, replicates=30):
    scores = []
    for i in range(replicates):
        Xb, yb = resample(X, y, random_state=i)
        tree = DecisionTreeRegressor(max_depth=5, random_state=i).fit(Xb, yb)
        scores.append(tree.score(X_test, y_test))
    return np.mean(scores), np.std(scores)


def shuffled_epochs(data, epochs, seed):
    for epoch in range(epochs):
        np.random.seed(seed + epoch)
        yield data[np.random.permutation(len(data))]
