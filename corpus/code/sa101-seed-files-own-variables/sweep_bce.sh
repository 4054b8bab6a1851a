#!/bin/bash
for seed in 1 2 3 4; do
  python segment.py --loss bce --seed $seed
done
