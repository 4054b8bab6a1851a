#!/bin/bash
python tta/run.py \
  --method memo \
  --corruption gaussian_noise \
  --seeds 0 1 2
