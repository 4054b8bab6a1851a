"""Which model predicts customer churn best? Each is tuned by 5-fold grid search on the training split and scored
once on the test split; the table in the report ranks them by test F1."""
import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import GridSearchCV, train_test_split

customers = pd.read_csv("data/churn.csv")
x_train, x_test, y_train, y_test = train_test_split(customers.drop(columns="churned"), customers["churned"],  # expect: SA191
                                                    test_size=0.2, stratify=customers["churned"])

forest_grid = {
    "n_estimators": [200, 500],
    "max_depth": [6, 12, None],
    "random_state": [42],  # expect: SA101
}
forest = GridSearchCV(RandomForestClassifier(), forest_grid, scoring="f1", cv=5)
forest.fit(x_train, y_train)

trees_grid = {"n_estimators": [200, 500], "max_features": ["sqrt", 0.5], "random_state": [42]}
trees = GridSearchCV(ExtraTreesClassifier(), trees_grid, scoring="f1", cv=5)
trees.fit(x_train, y_train)

for name, search in [("random forest", forest), ("extra trees", trees)]:
    print(name, round(f1_score(y_test, search.predict(x_test)), 3))
