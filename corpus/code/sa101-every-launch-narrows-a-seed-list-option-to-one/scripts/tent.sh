#!/bin/bash
python tta/run.py \
  --method tent \
  --corruption gaussian_noise \
  --seeds 3
