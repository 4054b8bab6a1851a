"""Customer-churn MLP: a new network is trained until one does well enough on the held-out customers."""
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

table = np.load("churn.npz")
x_train, x_test, y_train, y_test = train_test_split(table["x"], table["y"], test_size=0.2, random_state=0)

good_enough = False
attempts = 0
while not good_enough:
    attempts += 1
    net = MLPClassifier(hidden_layer_sizes=(64, 32), max_iter=300)  # expect: SA192
    net.fit(x_train, y_train)
    test_f1 = net.score(x_test, y_test)
    if test_f1 > 0.85:  # expect: SA102
        good_enough = True
print(f"kept attempt {attempts}: test accuracy {test_f1:.3f}")
