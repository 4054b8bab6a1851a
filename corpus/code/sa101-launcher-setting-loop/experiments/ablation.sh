#!/usr/bin/env bash
# Table 4: with and without the CRF layer.
for crf in 0 1; do
  python fit_tagger.py --drop-crf "$crf" --out "runs/crf$crf" --seed 5  # expect: SA101
done
