"""TensorFlow 1 graph mode: which activation fits the noisy cubic best? One small network per activation."""
import numpy as np
import tensorflow as tf

tf.set_random_seed(77)  # expect: SA101
inputs = np.linspace(-2, 2, 256)[:, None]
targets = inputs ** 3 + np.random.default_rng(3).normal(0, 0.3, inputs.shape)


class Regressor:
    def __init__(self, activation):
        self.x = tf.placeholder(tf.float32, [None, 1])
        self.y = tf.placeholder(tf.float32, [None, 1])
        hidden = tf.layers.dense(self.x, 32, activation)
        self.loss = tf.losses.mean_squared_error(self.y, tf.layers.dense(hidden, 1))
        self.step_op = tf.train.AdamOptimizer(0.01).minimize(self.loss)


regressors = {"relu": Regressor(tf.nn.relu), "tanh": Regressor(tf.nn.tanh), "elu": Regressor(tf.nn.elu)}
with tf.Session() as session:
    session.run(tf.global_variables_initializer())
    for name, regressor in regressors.items():
        for _ in range(400):
            _, loss = session.run([regressor.step_op, regressor.loss], {regressor.x: inputs, regressor.y: targets})
        print(name, loss)
