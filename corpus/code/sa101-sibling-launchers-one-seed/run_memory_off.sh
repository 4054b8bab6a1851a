#!/bin/bash
# ablation arm: no memory module
for s in 11; do  # expect: SA101
  python train.py --memory off --epochs 20 --seed $s
done
