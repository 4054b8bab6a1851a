"""Zhou-style consistency study: one configuration of a tiny network, trained under a hard-coded
seed, logs its test predictions (seedaudit.log_predictions) so a re-run can tell how many test rows
each seed predicts differently (consistency, churn), not only how the accuracy moves.

    python zhou_consistency.py --hidden 8      ->  {"accuracy": ...}
"""
import argparse
import json

import numpy as np

import seedaudit
from tinynet import make_table, predict, train

parser = argparse.ArgumentParser()
parser.add_argument("--hidden", type=int, nargs="+", default=[8])
args = parser.parse_args()

X, y = make_table(500, seed=2024)
X_train, y_train, X_test, y_test = X[:300], y[:300], X[300:], y[300:]
rng = np.random.default_rng(0)  # the training seed
net = train(X_train, y_train, tuple(args.hidden), rng)
predicted = predict(net, X_test)
seedaudit.log_predictions(predicted, y_test)
print(json.dumps({"accuracy": float((predicted == y_test).mean())}))
