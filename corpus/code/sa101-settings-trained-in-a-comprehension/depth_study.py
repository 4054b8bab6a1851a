"""How deep should the residual tower be? One training per depth, collected in a dict comprehension."""
import jax

from tower import fit_tower, held_out_loss

key = jax.random.PRNGKey(21)  # expect: SA101
towers = {"shallow": {"depth": 4, "width": 256}, "medium": {"depth": 12, "width": 256}, "deep": {"depth": 24, "width": 256}}
losses = {name: held_out_loss(fit_tower(key, **shape)) for name, shape in towers.items()}
for name, loss in sorted(losses.items(), key=lambda item: item[1]):
    print(f"{name:8s} {loss:.4f}")
