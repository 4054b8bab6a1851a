"""Final validation perplexity of every pressure-schedule run, typed in from the training logs (one key per seed)."""
PPL_BY_SEED = {
    "cosine-warm-seed1": 21.84,
    "cosine-warm-seed2": 22.10,
    "cosine-warm-seed3": 21.97,
    "linear-cold-seed1": 22.65,
    "linear-cold-seed2": 22.31,
    "linear-cold-seed3": 22.58,
}
