"""The same network compiled with three learning rates; the final training losses are compared."""
import numpy as np
from tensorflow import keras

x = np.random.default_rng(0).normal(size=(1000, 64)).astype("float32")
y = (x[:, :10].argmax(1)).astype("int64")

final = {}
for lr in [0.3, 0.1, 0.01]:
    keras.utils.set_random_seed(1234)  # expect: SA101
    model = keras.Sequential([keras.Input(shape=(64,)), keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=lr), loss="sparse_categorical_crossentropy")
    final[lr] = model.fit(x, y, epochs=20, verbose=0).history["loss"][-1]
print(final)
