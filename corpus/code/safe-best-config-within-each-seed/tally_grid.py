"""Tally a few-shot grid: for each data seed keep the setting that scored best on the held-out half, then
average that setting's score over the seeds; a second table keeps the luckiest seed of each prompt style."""
import json
import sys

import numpy as np

rows = [json.loads(line) for line in open(sys.argv[1])]
ranking_metric = sys.argv[2]

runs_per_seed = {}
for row in rows:
    runs_per_seed.setdefault(row["seed"], []).append(row)

# one winner per seed, chosen among that seed's settings: every seed stays in the tally
seed_winners = {
    s: max(sorted(group, key=lambda r: r["lr"]), key=lambda r: r[ranking_metric])
    for s, group in runs_per_seed.items() if group
}
finals = np.array([w["final_f1"] for w in seed_winners.values()])
print("final F1 %.2f +- %.2f over %d seeds" % (finals.mean(), finals.std(), len(finals)))

per_style = {}
for row in rows:
    per_style.setdefault(row["style"], []).append(row)

# one winner per prompt style, chosen among that style's seeds: the lucky seed is what gets reported
best_seed_of_style = {style: max(group, key=lambda r: r["final_f1"]) for style, group in per_style.items()}  # expect: SA102
for style, kept in best_seed_of_style.items():
    print(style, kept["seed"], kept["final_f1"])
