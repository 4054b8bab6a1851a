"""Plot the learning curve of the best of the finished runs (one folder per seed under results/)."""
import json
import os

import matplotlib.pyplot as plt

curves = []
best_accuracy, best_seed = 0.0, None
run_number = 0
for folder in sorted(os.listdir("results")):
    with open(os.path.join("results", folder, "log.json")) as handle:
        log = json.load(handle)
    curve = [entry["test_accuracy"] for entry in log]
    curves.append(curve)
    if curve[-1] > best_accuracy:  # expect: SA102
        best_accuracy = curve[-1]
        best_seed = run_number
    run_number += 1

plt.plot(curves[best_seed], label=f"best run ({best_accuracy:.3f})")
plt.legend()
plt.savefig("best_curve.png")
