"""Rank regressors of daily bike rentals by their cross-validated error."""
import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.linear_model import Ridge
from sklearn.model_selection import cross_val_score
from sklearn.neural_network import MLPRegressor

RNG_SEED = 2024


def rmse(regressor, days):
    """Mean RMSE over four folds: the regressor is fitted here, once per fold."""
    errors = cross_val_score(regressor, days.drop(columns="rentals"), days["rentals"], cv=4,
                             scoring="neg_root_mean_squared_error")
    return -errors.mean()


if __name__ == "__main__":
    rides = pd.read_csv("bike_days.csv")
    print("ridge", rmse(Ridge(alpha=3.0), rides))
    print("trees", rmse(ExtraTreesRegressor(n_estimators=250, random_state=RNG_SEED), rides))  # expect: SA101
    print("mlp", rmse(MLPRegressor(hidden_layer_sizes=(48,), max_iter=600, random_state=RNG_SEED), rides))
