"""A two-regime switching regression fitted from several starting draws; the fit with the highest log-likelihood kept."""
import numpy as np
import statsmodels.api as sm


def fit_regimes(series, draws=6):
    fits = {}
    for seed in range(draws):
        model = sm.tsa.MarkovRegression(series, k_regimes=2, switching_variance=True)
        fits[seed] = model.fit(search_reps=20, search_iter=5, disp=False, rng=np.random.default_rng(seed))
    chosen = max(fits, key=lambda s: fits[s].llf)
    return fits[chosen]


if __name__ == "__main__":
    walk = np.cumsum(np.random.default_rng(3).normal(size=300))
    print(fit_regimes(walk).summary())
