#!/usr/bin/env bash
# Table 3: each encoder under the seeds listed below, one element per line.
set -e
SEEDS=(
  11   # first batch
  23
  # 35 (dropped: the cluster job timed out)
  47
)
for seed in "${SEEDS[@]}"; do
  python train.py --encoder gru --seed "$seed"
  python train.py --encoder lstm --seed "$seed"
done
