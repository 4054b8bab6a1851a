"""A narrow and a wide network fitted on one split of a regression set; the lower test error wins."""
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(5)  # expect: SA101
inputs = np.random.normal(size=(800, 10)).astype("float32")
targets = inputs @ np.linspace(-1, 1, 10).astype("float32") + 0.1 * np.random.normal(size=800).astype("float32")
train_x, test_x, train_y, test_y = inputs[:600], inputs[600:], targets[:600], targets[600:]
narrow_model = tf.keras.Sequential([tf.keras.layers.Dense(8, activation="relu"), tf.keras.layers.Dense(1)])
wide_model = tf.keras.Sequential([tf.keras.layers.Dense(256, activation="relu"), tf.keras.layers.Dense(1)])
narrow_model.compile(optimizer="adam", loss="mse")
wide_model.compile(optimizer="adam", loss="mse")
narrow_model.fit(train_x, train_y, epochs=30, verbose=0)
wide_model.fit(train_x, train_y, epochs=30, verbose=0)
print("narrow", narrow_model.evaluate(test_x, test_y, verbose=0), "wide", wide_model.evaluate(test_x, test_y, verbose=0))
