"""Fixed values shared by the training and export scripts."""
from enum import Enum, IntEnum


class Split(Enum):
    TRAIN = "train"
    VALID = "valid"


class RandomSeed(IntEnum):
    MODEL = 2024
    DATA = 11
