"""Saved runs of a learning-rate sweep repeated over seeds: the best rate within each seed by dev score, then the
test score of those picks averaged over seeds."""
import json
import statistics
import sys


def report(results_file, select_on):
    with open(results_file) as handle:
        runs = [json.loads(line) for line in handle]
    best_per_seed = {}
    for run in runs:
        seed = run["seed"]
        if seed not in best_per_seed or run[select_on] > best_per_seed[seed][select_on]:
            best_per_seed[seed] = run
    tests = [chosen["test_score"] for chosen in best_per_seed.values()]
    return statistics.mean(tests), statistics.stdev(tests), len(tests)


if __name__ == "__main__":
    mean, spread, seeds = report(sys.argv[1], sys.argv[2])
    print(f"test {mean:.4f} +/- {spread:.4f} over {seeds} seeds")
