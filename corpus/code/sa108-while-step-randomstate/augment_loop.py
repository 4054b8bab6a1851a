import numpy as np


def jitter(batch, rng):
    return batch + rng.normal(0.0, 0.05, size=batch.shape)


def train(model, batches, max_steps=10_000):
    step = 0
    while step < max_steps:
        rng = np.random.RandomState(42)  # expect: SA108
        for batch in batches:
            model.update(jitter(batch, rng))
            step += 1
    return model
