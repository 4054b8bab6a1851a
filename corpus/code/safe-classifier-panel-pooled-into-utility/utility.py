"""Machine-learning utility of a generated table: how well models fitted on it do on real held-out rows.

The panel of classifiers is the measuring instrument: their accuracies are averaged into one utility score,
and their ranking on real and on generated data is correlated, for every generator scored.
"""
import numpy as np
from scipy.stats import spearmanr
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score


def panel():
    return [
        ("logistic", LogisticRegression(max_iter=2000, random_state=17)),
        ("forest", RandomForestClassifier(n_estimators=200, random_state=17)),
        ("boosting", GradientBoostingClassifier(random_state=17)),
    ]


def utility(real_train, generated, real_test, target):
    """Mean accuracy of the panel fitted on generated rows, and the rank agreement with the panel fitted on real rows."""
    real_scores = []
    for name, model in panel():
        model.fit(real_train.drop(columns=[target]), real_train[target])
        real_scores.append(accuracy_score(real_test[target], model.predict(real_test.drop(columns=[target]))))
    generated_scores = []
    for name, model in panel():
        model.fit(generated.drop(columns=[target]), generated[target])
        accuracy = accuracy_score(real_test[target], model.predict(real_test.drop(columns=[target])))
        print(f"{name:10s} {accuracy:.3f}")
        generated_scores.append(accuracy)
    agreement = spearmanr(real_scores, generated_scores).statistic
    return float(np.mean(generated_scores)), agreement
