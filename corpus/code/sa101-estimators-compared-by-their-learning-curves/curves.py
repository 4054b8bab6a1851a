"""How much data each classifier needs: learning curves of three models on the digits set."""
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.model_selection import learning_curve
from sklearn.neural_network import MLPClassifier

images, digits = load_digits(return_X_y=True)
contenders = {
    "extra trees": ExtraTreesClassifier(n_estimators=200, random_state=3),  # expect: SA101
    "boosting": HistGradientBoostingClassifier(random_state=3),
    "mlp": MLPClassifier(hidden_layer_sizes=(64,), max_iter=400, random_state=3),
}
for label, contender in contenders.items():
    sizes, _, held = learning_curve(contender, images, digits, train_sizes=np.linspace(0.1, 1.0, 6), cv=4,
                                    shuffle=True, random_state=3)
    plt.plot(sizes, held.mean(axis=1), label=label)
plt.legend()
plt.savefig("curves.png")
