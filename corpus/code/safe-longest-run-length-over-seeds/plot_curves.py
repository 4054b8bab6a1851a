"""Plot the mean return curve over every seed's run, on an axis as long as the longest run."""
import glob

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

runs = []
for seed in range(10):
    for path in glob.glob(f"logs/seed_{seed}/progress.csv"):
        runs.append(pd.read_csv(path))
longest = max(run["timesteps"].max() for run in runs)
grid = np.linspace(0, longest, 200)
curves = np.stack([np.interp(grid, run["timesteps"], run["return"]) for run in runs])
plt.plot(grid, curves.mean(0))
plt.fill_between(grid, curves.mean(0) - curves.std(0), curves.mean(0) + curves.std(0), alpha=0.3)
plt.savefig("returns.png")
