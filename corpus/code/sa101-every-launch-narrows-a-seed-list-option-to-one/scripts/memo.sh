#!/bin/bash
python tta/run.py \
  --method memo \
  --corruption gaussian_noise \
  --seeds 3  # expect: SA101
