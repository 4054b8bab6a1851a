#!/bin/bash
# DeBERTa on the news topics; the README's table ranks it against the other encoders.
python classify.py \
  --model_dir ./weights/deberta-v3-small \
  --seed 11
