"""Fill the missing billing fields, then compare three classifiers on the same held-out customers."""
import numpy as np
from sklearn.ensemble import ExtraTreesClassifier, GradientBoostingClassifier, RandomForestClassifier
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.metrics import roc_auc_score

table = np.load("customers.npz")
features = IterativeImputer(max_iter=5, random_state=0).fit_transform(table["features"])
train_x, test_x = features[:4000], features[4000:]
train_y, test_y = table["churned"][:4000], table["churned"][4000:]

candidates = {
    "forest": RandomForestClassifier(n_estimators=300, random_state=11),  # expect: SA101
    "extra_trees": ExtraTreesClassifier(n_estimators=300, random_state=11),
    "boosting": GradientBoostingClassifier(subsample=0.8, random_state=11),
}
for name, model in candidates.items():
    model.fit(train_x, train_y)
    print(name, roc_auc_score(test_y, model.predict_proba(test_x)[:, 1]))
