"""Three regressors for soil moisture over 30 training seeds: the model with the best mean test R2 over the seeds."""
import numpy as np
from sklearn.datasets import make_regression
from sklearn.ensemble import ExtraTreesRegressor, GradientBoostingRegressor, RandomForestRegressor
from sklearn.model_selection import train_test_split

features, moisture = make_regression(n_samples=400, n_features=12, noise=8.0, random_state=5)
x_tr, x_te, y_tr, y_te = train_test_split(features, moisture, test_size=0.25, random_state=0)
names = ["forest", "extra_trees", "boosting"]
test_r2 = []
for seed in range(30):
    row = []
    for model in (RandomForestRegressor(random_state=seed), ExtraTreesRegressor(random_state=seed),
                  GradientBoostingRegressor(random_state=seed)):
        model.fit(x_tr, y_tr)
        row.append(model.score(x_te, y_te))
    test_r2.append(row)

table = np.array(test_r2)
per_model = np.mean(table, axis=0)
spread = np.std(table, axis=0)
winner = names[int(np.argmax(per_model))]
print("best mean test R2 over 30 seeds:", winner, per_model.max(), "+/-", spread[int(np.argmax(per_model))])
