#!/bin/bash
# One fit from each starting point: the loop picks the weights each run loads.
for start in shallow deep; do
  python fit_sediment.py --seed 3 --init_checkpoint starts/$start.pt
done
