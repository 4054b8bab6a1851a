"""Gradient boosting against extra trees on one split, each configured by a dict the helper applies."""
from sklearn.datasets import load_wine
from sklearn.ensemble import ExtraTreesClassifier, GradientBoostingClassifier
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import train_test_split


def fit_and_score(label, estimator, settings, split):
    x_fit, x_held, y_fit, y_held = split
    estimator.set_params(**settings)
    estimator.fit(x_fit, y_fit)
    score = balanced_accuracy_score(y_held, estimator.predict(x_held))
    print(f"{label}: {score:.3f}")
    return score


def main():
    features, labels = load_wine(return_X_y=True)
    split = train_test_split(features, labels, test_size=0.25, stratify=labels, random_state=0)
    boosting = {"n_estimators": 120, "learning_rate": 0.05, "random_state": 9}  # expect: SA101
    trees = {"n_estimators": 300, "min_samples_leaf": 2, "random_state": 9}
    scores = {
        "boosting": fit_and_score("boosting", GradientBoostingClassifier(), boosting, split),
        "extra-trees": fit_and_score("extra-trees", ExtraTreesClassifier(), trees, split),
    }
    print("winner:", max(scores, key=scores.get))


if __name__ == "__main__":
    main()
