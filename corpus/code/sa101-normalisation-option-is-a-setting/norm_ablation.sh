#!/usr/bin/env bash
# Table 3: batch norm against group norm, one run each
python train_segmenter.py --batch-norm 1 --seed 13  # expect: SA101
python train_segmenter.py --batch-norm 0 --seed 13
