"""Gather the replies a chat model wrote in one round into a preference file (chosen vs written); no model here."""
import argparse
import glob
import json
import random

random.seed(21)

ap = argparse.ArgumentParser()
ap.add_argument("--round_dir", default="rounds/r0")
ap.add_argument("--shards", type=int, default=40)
ap.add_argument("--out", default="pairs/r0.json")
ns = ap.parse_args()

pairs = []
for path in sorted(glob.glob(f"{ns.round_dir}/replies_*.jsonl"))[: ns.shards]:
    with open(path) as handle:
        pairs += [json.loads(row) for row in handle]
random.shuffle(pairs)
with open(ns.out, "w") as sink:
    json.dump(pairs, sink)
print(len(pairs), "pairs from", ns.round_dir)
