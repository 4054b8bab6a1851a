"""Evaluate the lander policy under ten seeds: the share of seeds that land, and every seed's return ranked."""
import numpy as np


def land(seed: int) -> float:
    rng = np.random.default_rng(seed)
    return float(rng.normal(180.0, 40.0))


seeds = list(range(10))
landed = []
returns = []
for seed in seeds:
    episode_return = land(seed)
    returns.append((seed, episode_return))
    if episode_return >= 200.0:
        landed.append(seed)
print(f"landed on {len(landed)} of {len(seeds)} seeds ({len(landed) / len(seeds):.0%})")
for seed, value in sorted(returns, key=lambda pair: pair[1], reverse=True):
    print(f"seed {seed}: return {value:.1f}")
