"""Run the forecaster over thirty seeds, resumably, and report the median test error and its range."""
import json

import torch

from forecaster import fit_forecaster, test_mae

try:
    with open("scan.json") as handle:
        state = json.load(handle)
except FileNotFoundError:
    state = {"runs": []}

for seed in range(len(state["runs"]), 30):
    torch.manual_seed(seed)
    model = fit_forecaster()
    state["runs"].append({"seed": seed, "mae": test_mae(model)})
    state["ranked"] = sorted(state["runs"], key=lambda run: run["mae"])
    with open("scan.json", "w") as handle:
        json.dump(state, handle)

with open("scan.json") as handle:
    final = json.load(handle)
ranked = final["ranked"]
print("median MAE", ranked[len(ranked) // 2]["mae"], "range", ranked[0]["mae"], ranked[-1]["mae"])
