#!/bin/bash
# short trial runs to pick the seed used above
for s in 1 5 9 13; do
  python train.py --encoder conv --epochs 2 --seed $s
done
