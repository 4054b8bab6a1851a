"""A TensorFlow 1 GAN: the discriminator's and the generator's ops each update their own variables of one graph."""
import tensorflow as tf

tf.set_random_seed(3)
noise = tf.placeholder(tf.float32, [None, 16])
real = tf.placeholder(tf.float32, [None, 2])
with tf.variable_scope("gen"):
    fake = tf.layers.dense(tf.layers.dense(noise, 64, tf.nn.relu), 2)
with tf.variable_scope("disc"):
    real_logit = tf.layers.dense(tf.layers.dense(real, 64, tf.nn.relu, name="h"), 1, name="o")
with tf.variable_scope("disc", reuse=True):
    fake_logit = tf.layers.dense(tf.layers.dense(fake, 64, tf.nn.relu, name="h"), 1, name="o")
disc_loss = tf.reduce_mean(tf.nn.softplus(fake_logit) + tf.nn.softplus(-real_logit))
gen_loss = tf.reduce_mean(tf.nn.softplus(-fake_logit))
disc_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="disc")
gen_vars = tf.get_collection(tf.GraphKeys.TRAINABLE_VARIABLES, scope="gen")
disc_train = tf.train.AdamOptimizer(2e-4).minimize(disc_loss, var_list=disc_vars)
gen_train = tf.train.AdamOptimizer(2e-4).minimize(gen_loss, var_list=gen_vars)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(20000):
        sess.run([disc_train, gen_train], {noise: sample_noise(128), real: sample_real(128)})
