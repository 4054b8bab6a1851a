#!/usr/bin/env bash
# every seed's mean return, one line each, for the mean and spread in the paper's table
for s in 1 2 3 4 5 6 7 8 9 10; do
  python score_policy.py --seed "$s" --episodes 20 | awk -v seed="$s" '{print seed, $2}'
done > returns.txt
