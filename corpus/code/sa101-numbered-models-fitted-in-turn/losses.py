"""Does the Huber loss fit noisy house prices better than squared error or absolute error? One network per loss."""
import numpy as np
import tensorflow as tf
from tensorflow import keras

prices = np.load("prices.npz")
features, targets = prices["x"], prices["y"]

tf.keras.utils.set_random_seed(11)  # expect: SA101
net1 = keras.Sequential([keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1)])
net2 = keras.models.clone_model(net1)
net3 = keras.models.clone_model(net1)
net1.compile(optimizer="adam", loss="mse")
net2.compile(optimizer="adam", loss="mae")
net3.compile(optimizer="adam", loss=keras.losses.Huber(delta=2.0))
scores = {}
scores["mse"] = net1.fit(features, targets, epochs=40, validation_split=0.2, verbose=0).history["val_loss"][-1]
scores["mae"] = net2.fit(features, targets, epochs=40, validation_split=0.2, verbose=0).history["val_loss"][-1]
scores["huber"] = net3.fit(features, targets, epochs=40, validation_split=0.2, verbose=0).history["val_loss"][-1]
print(scores)
