"""Fit three classifiers on the digits data and keep the most accurate one for the report."""
import numpy as np
from sklearn.datasets import load_digits
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

features, labels = load_digits(return_X_y=True)
train_x, test_x, train_y, test_y = train_test_split(features, labels, test_size=0.25, random_state=29)  # expect: SA101
names = ["logistic", "forest", "boosting"]
accuracies = []
for model in [LogisticRegression(max_iter=2000), RandomForestClassifier(random_state=29), GradientBoostingClassifier(random_state=29)]:
    model.fit(train_x, train_y)
    accuracies.append(accuracy_score(test_y, model.predict(test_x)))
print("best:", names[int(np.argmax(accuracies))], np.mean(accuracies))
