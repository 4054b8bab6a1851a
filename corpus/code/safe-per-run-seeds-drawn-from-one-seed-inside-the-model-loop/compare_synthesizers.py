"""Two tabular synthesizers, each trained at the same 20 seeds; the seeds themselves are drawn once from seed 7."""
import random
import statistics

import numpy as np
import pandas as pd
import torch
from ctgan import CTGAN, TVAE

table = pd.read_csv("data/adult.csv")

random.seed(7)
seeds = random.sample(range(1, 10_000), 20)

synthesizers = {
    "CTGAN": lambda: CTGAN(epochs=300),
    "TVAE": lambda: TVAE(epochs=300),
}
for name, build in synthesizers.items():
    scores = []
    for seed in seeds:
        random.seed(seed)
        np.random.seed(seed)
        torch.manual_seed(seed)
        model = build()
        model.fit(table, discrete_columns=["workclass", "education"])
        synthetic = model.sample(len(table))
        scores.append((synthetic["age"].mean() - table["age"].mean()) ** 2)
    print(name, statistics.mean(scores), statistics.stdev(scores))
