"""How many principal components does a linear/RBF SVM need on the expression data? For each size the SVM is
tuned by grid search on the training split; exact PCA and an SVM without probability estimates draw nothing,
so one run per size is the result."""
import numpy as np
from sklearn.decomposition import PCA
from sklearn.metrics import f1_score
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.svm import SVC

expression = np.load("data/expression.npy")
labels = np.load("data/labels.npy")
x_train, x_test, y_train, y_test = train_test_split(expression, labels, test_size=0.2, stratify=labels,
                                                    random_state=0)

for components in [10, 50, 200]:
    reducer = PCA(n_components=components, svd_solver="full", random_state=0)
    train_reduced = reducer.fit_transform(x_train)
    test_reduced = reducer.transform(x_test)
    search = GridSearchCV(SVC(), {"kernel": ["linear", "rbf"], "C": [0.1, 1, 10]}, scoring="f1_weighted", cv=5)
    search.fit(train_reduced, y_train)
    print(components, search.best_params_, f1_score(y_test, search.predict(test_reduced), average="weighted"))
