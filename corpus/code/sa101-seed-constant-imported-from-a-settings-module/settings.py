"""Shared settings of the captioning experiments."""
SEED = 1234
BATCH_SIZE = 64
