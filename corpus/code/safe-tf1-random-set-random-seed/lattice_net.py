"""A TensorFlow 1.x lattice classifier: the graph seed goes through tf.random.set_random_seed, the 1.x spelling."""
import numpy as np
import tensorflow as tf


class LatticeNet:
    def __init__(self, settings):
        self.settings = settings
        tf.reset_default_graph()
        tf.random.set_random_seed(seed=settings["graph_seed"])
        np.random.seed(settings["graph_seed"])
        self.inputs = tf.placeholder(tf.float32, [None, settings["width"]])
        self.kernel = tf.Variable(tf.random.truncated_normal([settings["width"], 3], stddev=0.05))
        self.logits = tf.matmul(self.inputs, self.kernel)

    def batches(self, rows, size):
        order = np.random.permutation(len(rows))
        return [rows[order[i:i + size]] for i in range(0, len(rows), size)]
