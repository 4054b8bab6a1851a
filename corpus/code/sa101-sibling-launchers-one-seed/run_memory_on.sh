#!/bin/bash
# full model
for s in 11; do  # expect: SA101
  python train.py --memory on --epochs 20 --seed $s
done
