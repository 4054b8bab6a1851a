#!/usr/bin/env bash
# Eight runs, each at its own seed: bash's generator is seeded once, so the list of seeds is the same on every
# machine, and every read of $RANDOM gives the next one.
RANDOM=2025
for run in 1 2 3 4 5 6 7 8; do
  seed=$RANDOM
  python fit_forecaster.py --seed "$seed" --horizon 24 >> results.tsv
done
