"""Compare generated cell trajectories with the measured ones, time point by time point (Wasserstein distance
between 100 cells of each). The subsample of each time point is fixed, so every model is scored on the same cells."""
import numpy as np
import pandas as pd
from scipy.stats import wasserstein_distance


def subsample(frame, group, size):
    rows = frame[frame["timepoint"] == group]
    return rows.sample(n=size).drop(columns="timepoint").to_numpy()


measured = pd.read_csv("data/measured_cells.csv")
generated = np.load("outputs/generated_cells.npy")  # (time points, cells, genes)
timepoints = sorted(measured["timepoint"].unique())

distances = []
for t in timepoints[1:]:
    np.random.seed(3)
    real = subsample(measured, t, 100)
    fake = generated[int(t) - 1, :100]
    distances.append(np.mean([wasserstein_distance(real[:, g], fake[:, g]) for g in range(real.shape[1])]))
print("mean W1 over time points:", float(np.mean(distances)))
