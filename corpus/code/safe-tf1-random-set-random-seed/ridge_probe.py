"""A probe that seeds numpy for its batches, but not TensorFlow, whose initialiser draws the probe's weights."""
import numpy as np
import tensorflow as tf


def build_probe(width, seed):
    np.random.seed(seed)
    weights = tf.Variable(tf.random.uniform([width, 1], -0.1, 0.1))  # expect: SA105
    picks = np.random.choice(width, size=4)
    return weights, picks
