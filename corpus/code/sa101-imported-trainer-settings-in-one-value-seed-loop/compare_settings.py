"""A smaller learning rate with a wider LSTM against the default one; the other seeds are switched off for speed."""
import random

import numpy as np
import tensorflow as tf

from lstm_utils import train_and_score

for seed in [7]:  # expect: SA101
    random.seed(seed)
    np.random.seed(seed)
    tf.random.set_seed(seed)
    default_accuracy, _ = train_and_score(epochs=30)
    wide_accuracy, _ = train_and_score(epochs=30, learning_rate=1e-4, units=256)
    print(f"default {default_accuracy:.3f}  wide {wide_accuracy:.3f}")
