import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

frame = pd.read_csv("churn.csv")
X, y = frame.drop(columns=["churned"]), frame["churned"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y)  # expect: SA191
model = LogisticRegression(max_iter=1000).fit(X_train, y_train)
print("F1", f1_score(y_test, model.predict(X_test)))
