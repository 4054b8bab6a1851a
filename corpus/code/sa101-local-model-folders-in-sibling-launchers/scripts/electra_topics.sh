#!/bin/bash
python classify.py \
  --model_dir ./weights/electra-small-discriminator \
  --seed 11
