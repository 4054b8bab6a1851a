#!/bin/bash
# Table 2: both recommenders on the book-crossing log, five seeds each.
for seed in 1 2 3 4 5; do
  python train_bpr.py --interactions book-crossing --dim 128 --seed $seed
  python train_lightgcn.py --interactions book-crossing --dim 128 --seed $seed
done
