"""Reads the per-seed results that the sweep wrote and keeps the winners."""
import json

import numpy as np
import pandas as pd


def best_by_table(path):
    table = pd.read_csv(path)  # one row per (method, seed): method, seed, test_acc
    chosen = {}
    for method, rows in table.groupby("method"):
        top = rows.loc[rows["test_acc"].idxmax()]  # expect: SA102
        chosen[method] = int(top["seed"])
    return chosen


def best_by_list(runs):
    finished = [r for r in runs if r["done"]]
    finished.sort(key=lambda r: r["f1"], reverse=True)
    winner = finished[0]  # expect: SA102
    runner_up = finished[1]
    return {"seed": winner["seed"], "f1": winner["f1"], "second": runner_up["f1"]}


def best_by_position(seeds, accuracies):
    at = np.argmax(accuracies)  # expect: SA102
    return seeds[at]


def best_by_key(score_of_seed):
    lucky_seed = max(score_of_seed, key=score_of_seed.get)  # expect: SA102
    with open("chosen.json", "w") as handle:
        json.dump({"seed": lucky_seed}, handle)


def best_by_sort(frame):
    first = frame.sort_values("test_bleu", ascending=False).head(1)  # expect: SA102
    print("use seed", first.seed.item())
