#!/bin/bash
# every architecture at the same five seeds, given with the options' short spelling
for r in 101 202 303 404 505; do
  for a in ds_cnn crnn tc_resnet; do
    python train_kws.py -a "$a" -r "$r" -e 40
  done
done
