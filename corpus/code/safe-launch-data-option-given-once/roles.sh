#!/bin/bash
# semantic roles, read from ./roles.tsv
python label_spans.py --data_dir ./ \
    --task roles \
    --encoder tiny-enc \
    --max_len 200 \
    --seed 5
