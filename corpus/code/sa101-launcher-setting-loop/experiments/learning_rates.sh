#!/usr/bin/env bash
# Figure 3: two learning rates side by side.
python fit_tagger.py --lr 1e-3 --out runs/fast --seed 9  # expect: SA101
python fit_tagger.py --lr 1e-4 --out runs/slow --seed 9
