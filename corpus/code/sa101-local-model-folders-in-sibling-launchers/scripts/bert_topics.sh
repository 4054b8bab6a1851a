#!/bin/bash
python classify.py \
  --model_dir ./weights/bert-base-cased \
  --seed 11  # expect: SA101
