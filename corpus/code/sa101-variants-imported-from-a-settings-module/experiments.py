"""The weight-decay settings the study compares, kept apart from the training script."""
DECAY_SETTINGS = {
    "none": {"weight_decay": 0.0},
    "light": {"weight_decay": 1e-5},
    "heavy": {"weight_decay": 1e-3},
}
SEED = 2718
