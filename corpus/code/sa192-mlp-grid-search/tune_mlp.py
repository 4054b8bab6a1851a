from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.neural_network import MLPClassifier


def tune(X, y):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=3)
    search = GridSearchCV(MLPClassifier(max_iter=300), {"hidden_layer_sizes": [(64,), (128, 64)],  # expect: SA192
                                                       "alpha": [1e-4, 1e-3]}, cv=5)
    search.fit(X_train, y_train)
    return search.best_params_, search.score(X_test, y_test)
