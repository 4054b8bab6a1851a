"""Loss curves of a small network under three optimiser settings, each drawn under its legend label."""
import matplotlib.pyplot as plt
from sklearn.datasets import load_wine
from sklearn.neural_network import MLPRegressor
from sklearn.preprocessing import StandardScaler

features, target = load_wine(return_X_y=True)
features = StandardScaler().fit_transform(features)
legend = ["plain sgd", "nesterov", "adam"]
settings = [
    {"solver": "sgd", "momentum": 0.0, "learning_rate_init": 0.05},
    {"solver": "sgd", "momentum": 0.9, "nesterovs_momentum": True, "learning_rate_init": 0.05},
    {"solver": "adam", "learning_rate_init": 0.005},
]
for caption, setting in zip(legend, settings):
    net = MLPRegressor(hidden_layer_sizes=(32,), max_iter=300, random_state=4, **setting)  # expect: SA101
    net.fit(features, target)
    plt.plot(net.loss_curve_, label=caption)
plt.legend()
plt.savefig("solver_curves.png")
