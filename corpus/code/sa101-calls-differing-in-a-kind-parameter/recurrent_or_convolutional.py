"""Recurrent against convolutional encoder for the sleep-stage signal: one training run of each."""
import tensorflow as tf


def build_encoder(kind):
    if kind == "recurrent":
        return tf.keras.Sequential([tf.keras.layers.LSTM(32), tf.keras.layers.Dense(5)])
    return tf.keras.Sequential([tf.keras.layers.Conv1D(32, 7), tf.keras.layers.GlobalAveragePooling1D(),
                                tf.keras.layers.Dense(5)])


def train_one(kind, windows, stages, seed):
    tf.keras.utils.set_random_seed(seed)
    model = build_encoder(kind)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(windows, stages, validation_split=0.2, epochs=8, verbose=0)
    return max(history.history["val_accuracy"])


if __name__ == "__main__":
    signal = tf.random.normal((512, 300, 1))
    labels = tf.random.uniform((512,), maxval=5, dtype=tf.int32)
    print("recurrent", train_one("recurrent", signal, labels, 7))  # expect: SA101
    print("convolutional", train_one("convolutional", signal, labels, 7))
