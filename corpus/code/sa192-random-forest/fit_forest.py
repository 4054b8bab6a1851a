import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

data = pd.read_csv("credit.csv")
X_train, X_test, y_train, y_test = train_test_split(data.drop(columns="default"), data["default"],
                                                    test_size=0.3, random_state=7)
forest = RandomForestClassifier(n_estimators=500, min_samples_leaf=3, n_jobs=-1)  # expect: SA192
forest.fit(X_train, y_train)
print("accuracy", forest.score(X_test, y_test))
