"""Which forecaster predicts next-day electricity load best? Each one is fitted once on the same history."""
import numpy as np
import torch

from forecasting.nets import DilatedConvForecaster, RecurrentForecaster

HORIZON = 24


def fit_convolutional(history, target):
    forecaster = DilatedConvForecaster(window=168, horizon=HORIZON)
    forecaster.fit(history, target, epochs=30)
    return forecaster


def fit_recurrent(history, target):
    forecaster = RecurrentForecaster(hidden=128, horizon=HORIZON)
    forecaster.fit(history, target, epochs=30)
    return forecaster


if __name__ == "__main__":
    torch.manual_seed(3)  # expect: SA101
    load = np.load("load.npy")
    history, target = load[:-HORIZON], load[HORIZON:]
    contenders = [("convolutional", fit_convolutional), ("recurrent", lambda h, t: fit_recurrent(h / h.max(), t))]
    for label, fit in contenders:
        model = fit(history, target)
        print(label, model.evaluate(load[-500:]))
