"""Decision regions of four classifiers on one noisy toy set; the classifiers draw their own randomness on every
run (none is seeded), the toy set's noise is fixed so the pictures stay comparable."""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import make_blobs
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.tree import DecisionTreeClassifier

points, labels = make_blobs(n_samples=300, centers=3, cluster_std=2.0, random_state=4)
noise = np.random.RandomState(7)  # expect: SA104
points = points + noise.normal(scale=0.5, size=points.shape)

models = [DecisionTreeClassifier(max_depth=4), RandomForestClassifier(n_estimators=50),  # expect: SA192
          GradientBoostingClassifier(), MLPClassifier(hidden_layer_sizes=(32,), max_iter=800)]  # expect: SA192
for position, model in enumerate(models, start=1):
    model.fit(points, labels)
    plt.subplot(1, 4, position)
    plt.title(f"{type(model).__name__}: {model.score(points, labels):.2f}")
plt.savefig("regions.png")
