"""Sentiment of product reviews: an LSTM against a GRU, each built and trained by its own function."""
import numpy as np
import tensorflow as tf
from tensorflow import keras

tf.random.set_seed(7)  # expect: SA101
np.random.seed(7)

VOCAB, LENGTH = 5000, 80


def fit_lstm(tokens, labels, epochs=4):
    classifier = keras.Sequential([
        keras.layers.Embedding(VOCAB, 32),
        keras.layers.LSTM(32),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    classifier.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    history = classifier.fit(tokens, labels, epochs=epochs, validation_split=0.2, verbose=0)
    return max(history.history["val_accuracy"])


def fit_gru(tokens, labels, epochs=4):
    classifier = keras.Sequential([
        keras.layers.Embedding(VOCAB, 32),
        keras.layers.GRU(32),
        keras.layers.Dense(1, activation="sigmoid"),
    ])
    classifier.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    history = classifier.fit(tokens, labels, epochs=epochs, validation_split=0.2, verbose=0)
    return max(history.history["val_accuracy"])


if __name__ == "__main__":
    reviews = np.random.randint(1, VOCAB, size=(2000, LENGTH))
    stars = np.random.randint(0, 2, size=2000)
    summary = {}
    summary["lstm"] = fit_lstm(reviews, stars)
    summary["gru"] = fit_gru(reviews, stars)
    for name, accuracy in sorted(summary.items(), key=lambda item: -item[1]):
        print(f"{name}: {accuracy:.3f}")
