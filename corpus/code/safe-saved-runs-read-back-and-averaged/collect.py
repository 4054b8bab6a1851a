"""Collect the finished runs of one sweep folder: every seed's test accuracy, their mean and spread, and the longest run."""
import json
import os
import statistics
import sys


def summarise(sweep_dir):
    accuracies, seeds, longest_steps = [], [], 0
    for entry in sorted(os.listdir(sweep_dir)):
        summary_path = os.path.join(sweep_dir, entry, "summary.json")
        if not os.path.isfile(summary_path):
            continue
        with open(summary_path) as handle:
            summary = json.load(handle)
        run_seed = summary["config"]["seed"]
        seeds.append(run_seed)
        accuracies.append(summary["metrics"]["test_accuracy"])
        if summary["steps"] > longest_steps:
            longest_steps = summary["steps"]
    return seeds, statistics.mean(accuracies), statistics.stdev(accuracies), longest_steps


if __name__ == "__main__":
    seeds, mean, spread, steps = summarise(sys.argv[1])
    print(f"{len(seeds)} seeds: {mean:.4f} +/- {spread:.4f} (longest run {steps} steps)")
