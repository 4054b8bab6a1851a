#!/usr/bin/env bash
for task in cola rte mrpc; do
    python ours_distill.py --lr 3e-4 --task $task  # expect: SA103
    for seed in 1 2 3 4 5; do
        python kd_baseline.py --task $task --seed $seed
    done
done
