"""MLP-Mixer against a small CNN on a toy image task, each trained once by the same trainer class."""
import jax
import jax.numpy as jnp
import optax
from flax import linen as nn

master_key = jax.random.PRNGKey(0)  # made at the top "for reproducibility", never used


class Mixer(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = x.reshape(x.shape[0], 16, -1)
        x = x + nn.Dense(16)(x.swapaxes(1, 2)).swapaxes(1, 2)
        return nn.Dense(10)(x.mean(axis=1))


class SmallCNN(nn.Module):
    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Conv(32, (3, 3))(x))
        return nn.Dense(10)(x.mean(axis=(1, 2)))


class Trainer:
    def __init__(self, model, learning_rate=1e-3,
                 seed=3):  # expect: SA101
        self.model = model
        self.optimiser = optax.adam(learning_rate)
        self.seed = seed

    def fit(self, images, labels, steps=500):
        params = self.model.init(jax.random.PRNGKey(self.seed), images[:1])
        state = self.optimiser.init(params)

        def loss_fn(p):
            logits = self.model.apply(p, images)
            return optax.softmax_cross_entropy_with_integer_labels(logits, labels).mean()

        for _ in range(steps):
            grads = jax.grad(loss_fn)(params)
            updates, state = self.optimiser.update(grads, state)
            params = optax.apply_updates(params, updates)
        return loss_fn(params)


images = jnp.ones((256, 32, 32, 3))
labels = jnp.zeros(256, dtype=jnp.int32)


def train_model(model_class, *args, **kwargs):
    trainer = Trainer(model_class(), *args, **kwargs)
    return trainer.fit(images, labels)


mixer_loss = train_model(model_class=Mixer, learning_rate=3e-4)
cnn_loss = train_model(model_class=SmallCNN, learning_rate=1e-3)
print(f"mixer {mixer_loss:.3f}  cnn {cnn_loss:.3f}")
