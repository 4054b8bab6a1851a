#!/bin/bash
for seed in 1 2 3 4 5; do
  python propagate.py --seed $seed --data cora
done
