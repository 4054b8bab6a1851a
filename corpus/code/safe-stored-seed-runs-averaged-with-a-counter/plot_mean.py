"""Plot every finished run (one folder per seed under results/) and their mean curve."""
import json
import os

import matplotlib.pyplot as plt
import numpy as np

curves = []
run_number = 0
for folder in sorted(os.listdir("results")):
    with open(os.path.join("results", folder, "log.json")) as handle:
        log = json.load(handle)
    curve = [entry["test_accuracy"] for entry in log]
    curves.append(curve)
    seed = run_number
    plt.plot(curve, alpha=0.3, label=f"seed {seed}")
    run_number += 1

plt.plot(np.mean(curves, axis=0), color="black", label="mean")
plt.legend()
plt.savefig("all_curves.png")
