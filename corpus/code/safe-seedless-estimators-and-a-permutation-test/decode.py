"""Decoding a stimulus class from recordings: two linear decoders by leave-one-out, each with a permutation p-value."""
import numpy as np
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
from sklearn.linear_model import RidgeClassifier
from sklearn.model_selection import LeaveOneOut, cross_val_score


def decode(recordings, classes, shuffles=500, seed=11):
    generator = np.random.default_rng(seed)
    models = {
        "lda": LinearDiscriminantAnalysis(),
        "ridge": RidgeClassifier(alpha=2.0),
    }
    report = {}
    for label, model in models.items():
        observed = cross_val_score(model, recordings, classes, cv=LeaveOneOut()).mean()
        null = [cross_val_score(model, recordings, generator.permutation(classes), cv=LeaveOneOut()).mean()
                for _ in range(shuffles)]
        report[label] = (observed, (1 + sum(n >= observed for n in null)) / (1 + shuffles))
    return report


if __name__ == "__main__":
    rows = np.load("recordings.npy")
    print(decode(rows[:, :-1], rows[:, -1].astype(int)))
