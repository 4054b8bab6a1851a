"""Train a small tagger once per seed in a process pool and report the mean and spread; the pool is sized to
the number of seed jobs, which picks no run. A second script further down keeps the luckiest seed."""
import multiprocessing
import statistics

import numpy as np


def train_tagger(job):
    rng = np.random.default_rng(job["seed"])
    weights = rng.normal(size=16) * job["lr"]
    return {"seed": job["seed"], "test_f1": float(1.0 / (1.0 + np.abs(weights).sum()))}


if __name__ == "__main__":
    jobs = []
    for seed in (11, 12, 13, 14, 15):
        jobs.append({"seed": seed, "lr": 0.05})
    # as many workers as there are jobs, at most the cores: a count compared with a count
    with multiprocessing.Pool(processes=min(multiprocessing.cpu_count(), len(jobs))) as pool:
        results = pool.map(train_tagger, jobs)
    scores = [r["test_f1"] for r in results]
    print("test F1 %.3f +- %.3f over %d seeds" % (statistics.mean(scores), statistics.stdev(scores), len(scores)))
    widest = max(8, len(results))
    print("-" * widest)
    lucky = max(results, key=lambda r: r["test_f1"])  # expect: SA102
    print("reported:", lucky["seed"], lucky["test_f1"])
