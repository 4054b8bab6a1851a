"""A two-model estimator of treatment effects: one outcome network per arm, plus a propensity network.

The three networks are parts of one estimator (each fitted on its own slice or toward its own target); the
effect estimate is the difference of the two outcome networks' predictions.
"""
import numpy as np
import tensorflow as tf


def outcome_network():
    return tf.keras.Sequential([tf.keras.layers.Dense(64, activation="elu"), tf.keras.layers.Dense(1)])


def estimate_effects(covariates, treated, outcome):
    tf.keras.utils.set_random_seed(21)  # expect: SA104
    control_rows, treated_rows = treated == 0, treated == 1
    control_model, treated_model = outcome_network(), outcome_network()
    propensity_model = tf.keras.Sequential([tf.keras.layers.Dense(32, activation="relu"),
                                            tf.keras.layers.Dense(1, activation="sigmoid")])
    for network, loss in ((control_model, "mse"), (treated_model, "mse"), (propensity_model, "binary_crossentropy")):
        network.compile(optimizer="adam", loss=loss)
    control_model.fit(covariates[control_rows], outcome[control_rows], epochs=40, verbose=0)
    treated_model.fit(covariates[treated_rows], outcome[treated_rows], epochs=40, verbose=0)
    propensity_model.fit(covariates, treated, epochs=20, verbose=0)
    effects = treated_model.predict(covariates) - control_model.predict(covariates)
    return np.squeeze(effects), np.squeeze(propensity_model.predict(covariates))


if __name__ == "__main__":
    rows = np.random.default_rng(3).normal(size=(500, 8))
    arms = (rows[:, 0] > 0).astype("float32")
    print(estimate_effects(rows, arms, rows[:, 1] + 2 * arms).mean())
