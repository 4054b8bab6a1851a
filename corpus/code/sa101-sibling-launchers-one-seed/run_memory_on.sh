#!/bin/bash
# full model
for s in 11; do
  python train.py --memory on --epochs 20 --seed $s
done
