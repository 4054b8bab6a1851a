"""Run at the top of every notebook of the project (`%run -i seeding.py`)."""
import random

import numpy as np

SEED = 2021
random.seed(SEED)
np.random.seed(SEED)
