#!/bin/bash
# chunk labels, read from ./chunks.tsv
python label_spans.py --data_dir ./ \
    --encoder small-enc \
    --max_len 128 \
    --seed 5
