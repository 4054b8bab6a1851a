"""TensorFlow 1: the same regressor with and without L2 weight decay, both trained by one session run per step."""
import numpy as np
import tensorflow as tf

tf.set_random_seed(12)  # expect: SA101
xs = np.linspace(-1, 1, 64)[:, None].astype(np.float32)
ys = (np.sin(3 * xs) + np.random.default_rng(0).normal(0, 0.2, xs.shape)).astype(np.float32)
x_in = tf.placeholder(tf.float32, [None, 1])
y_in = tf.placeholder(tf.float32, [None, 1])
plain_out = tf.layers.dense(tf.layers.dense(x_in, 100, tf.nn.relu), 1)
decay_hidden = tf.layers.dense(x_in, 100, tf.nn.relu, kernel_regularizer=tf.keras.regularizers.l2(1e-3))
decay_out = tf.layers.dense(decay_hidden, 1)
plain_loss = tf.losses.mean_squared_error(y_in, plain_out)
decay_loss = tf.losses.mean_squared_error(y_in, decay_out) + tf.losses.get_regularization_loss()
plain_train = tf.train.AdamOptimizer(0.01).minimize(plain_loss)
decay_train = tf.train.AdamOptimizer(0.01).minimize(decay_loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(1000):
        sess.run([plain_train, decay_train], {x_in: xs, y_in: ys})
    print(sess.run([plain_loss, decay_loss], {x_in: xs, y_in: ys}))
