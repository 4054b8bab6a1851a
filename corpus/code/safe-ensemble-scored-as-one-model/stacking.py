"""House prices predicted by one stacked model, scored once on the test split."""
from sklearn.datasets import fetch_california_housing
from sklearn.ensemble import GradientBoostingRegressor, StackingRegressor
from sklearn.linear_model import Ridge
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPRegressor

X, y = fetch_california_housing(return_X_y=True)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=0)
stack = StackingRegressor(
    estimators=[("boosting", GradientBoostingRegressor(random_state=0)),  # expect: SA104
                ("mlp", MLPRegressor(hidden_layer_sizes=(64,), max_iter=300, random_state=0))],
    final_estimator=Ridge(),
)
stack.fit(X_tr, y_tr)
print("stack", stack.score(X_te, y_te))
