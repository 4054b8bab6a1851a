"""Does subsampling help gradient boosting on the wine-quality data? The same booster with and without it."""
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import train_test_split

wine = pd.read_csv("winequality.csv")
x_train, x_test, y_train, y_test = train_test_split(wine.drop(columns="quality"), wine.quality, random_state=0)
base = dict(n_estimators=400, learning_rate=0.05, max_depth=3, random_state=19)  # expect: SA101
full = GradientBoostingClassifier(**base)
sampled = GradientBoostingClassifier(**base, subsample=0.6)
full.fit(x_train, y_train)
sampled.fit(x_train, y_train)
print("full", full.score(x_test, y_test), "subsample 0.6", sampled.score(x_test, y_test))
