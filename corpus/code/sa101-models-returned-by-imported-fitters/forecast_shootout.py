"""Hourly load forecasting: does a GRU beat an LSTM and a temporal convolution on next-day error?"""
import numpy as np
import tensorflow as tf

from forecasters import fit_gru, fit_lstm, fit_tcn, mean_absolute_error

tf.random.set_seed(1234)  # expect: SA101
load = np.load("hourly_load.npy")
train, test = load[:-24 * 60], load[-24 * 60:]

lstm_model = fit_lstm(train, window=168, epochs=30)
gru_model = fit_gru(train, window=168, epochs=30)
tcn_model = fit_tcn(train, window=168, epochs=30)
for name, model in [("LSTM", lstm_model), ("GRU", gru_model), ("TCN", tcn_model)]:
    print(name, mean_absolute_error(model, test, window=168))
