"""Two small networks on the spam features, written for Python 2 and never ported."""
import sys

import numpy as np
from sklearn.neural_network import MLPClassifier
from sklearn.model_selection import train_test_split

data = np.loadtxt("spambase.data", delimiter=",")
x_train, x_test, y_train, y_test = train_test_split(data[:, :-1], data[:, -1], test_size=0.3, random_state=0)
print "training on %d messages" % len(x_train)

scores = {}
for hidden in [(16,), (64, 32)]:
    net = MLPClassifier(hidden_layer_sizes=hidden, max_iter=400, random_state=31)  # expect: SA101
    try:
        net.fit(x_train, y_train)
    except ValueError, err:
        print >>sys.stderr, "failed:", err
        continue
    scores[hidden] = net.score(x_test, y_test)
for hidden, score in sorted(scores.items()):
    print hidden, score
