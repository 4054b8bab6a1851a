#!/bin/bash
for seed in 1 2 3 4 5; do
  python sweep_regularisers.py --seed $seed
done
