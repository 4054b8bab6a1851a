"""Compare four classifiers on the churn table and print the winner."""
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier


def main():
    table = pd.read_csv("churn.csv")
    features, target = table.drop(columns=["churned"]), table["churned"]
    x_train, x_test, y_train, y_test = train_test_split(
        features, target,
        test_size=0.25,
        random_state=17,  # expect: SA101
    )
    classifiers = {
        "logreg": LogisticRegression(max_iter=500),
        "forest": RandomForestClassifier(n_estimators=300, random_state=17),
        "boosting": GradientBoostingClassifier(random_state=17),
        "knn": KNeighborsClassifier(n_neighbors=15),
    }
    scores = {}
    for name, clf in classifiers.items():
        clf.fit(x_train, y_train)
        scores[name] = f1_score(y_test, clf.predict(x_test))
    for name, score in sorted(scores.items(), key=lambda kv: -kv[1]):
        print(f"{name:10s} {score:.3f}")


if __name__ == "__main__":
    main()
