"""How test AUC grows with the number of boosting stages: one curve of one model's setting, for the course's
figure 3. The split is fixed so that every point of the curve is scored on the same patients."""
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

table = pd.read_csv("data/cohort.csv")
x_train, x_test, y_train, y_test = train_test_split(table.drop(columns="relapse"), table["relapse"],
                                                    test_size=0.25, random_state=7)

default = GradientBoostingClassifier(random_state=7).fit(x_train, y_train)  # expect: SA104
print("library default:", roc_auc_score(y_test, default.predict_proba(x_test)[:, 1]))

n_estimators = np.arange(10, 310, 20)
aucs = []
for estimator in n_estimators:
    booster = GradientBoostingClassifier(n_estimators=estimator, max_depth=3, subsample=0.8)  # expect: SA192
    booster.fit(x_train, y_train)
    aucs.append(roc_auc_score(y_test, booster.predict_proba(x_test)[:, 1]))

plt.plot(n_estimators, aucs)
plt.xlabel("boosting stages")
plt.ylabel("test AUC")
plt.savefig("figures/stages.png")
