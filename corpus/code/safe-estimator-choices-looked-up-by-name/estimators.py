"""The classifiers a run can use, by name."""
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier

CHOICES = {
    "linear": LogisticRegression(max_iter=300, random_state=5),
    "tree": DecisionTreeClassifier(max_depth=4, random_state=5),
}


def fit_and_score(train_x, train_y, test_x, test_y, name="linear"):
    """Fit the named classifier and return its test accuracy."""
    model = CHOICES[name].fit(train_x, train_y)
    return (model.predict(test_x) == test_y).mean()
