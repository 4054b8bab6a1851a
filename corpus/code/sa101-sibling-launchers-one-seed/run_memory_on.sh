#!/bin/bash
# full model
for s in 11; do  # one problem with run_memory_off.sh: a related place of its finding
  python train.py --memory on --epochs 20 --seed $s
done
