"""Bethard-style single-seed comparison inside one script: models A and B trained in one process
under one hard-coded seed, both accuracies printed on one line. Run once, B "beats" A; whether it
still does on another seed is what `seedaudit rerun --compare acc_A,acc_B` measures.

    python bethard_compare.py    ->  {"acc_A": ..., "acc_B": ...}
"""
import json

import numpy as np

from tinynet import predict, train

data_rng = np.random.default_rng(7)  # builds the data set below: a data seed
X = data_rng.normal(size=(400, 6))
y = np.argmax(np.tanh(X @ data_rng.normal(size=(6, 3))) + 0.8 * data_rng.normal(size=(400, 3)), axis=1)
X_train, y_train, X_test, y_test = X[:300], y[:300], X[300:], y[300:]

rng = np.random.default_rng(1)  # "fixed seed for reproducibility": the training seed
accuracy = {}
for model in ["A", "B"]:
    hidden = (10, 10) if model == "A" else (12,)
    net = train(X_train, y_train, hidden, rng, epochs=30)
    accuracy[f"acc_{model}"] = float((predict(net, X_test) == y_test).mean())
print(json.dumps(accuracy))
