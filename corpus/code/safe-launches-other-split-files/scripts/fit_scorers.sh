#!/usr/bin/env bash
# One scorer per kind of annotation, each on its own files, each with the weight decay tuned for it: the two
# scorers are parts of one system, not rivals on one data set.
set -e
python fit_scorer.py --train_file data/wrong_spans/train.jsonl --validation_file data/wrong_spans/dev.jsonl \
    --weight_decay 0.01 --output_dir runs/wrong_spans
python fit_scorer.py --train_file data/missing_spans/train.jsonl --validation_file data/missing_spans/dev.jsonl \
    --weight_decay 0.001 --output_dir runs/missing_spans
