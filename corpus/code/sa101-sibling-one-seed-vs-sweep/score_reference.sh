#!/bin/bash
arch=gru_reference
for seed in 11 12 13 14 15 16; do
  python assess.py --reference -m $arch --seed $seed > logs/reference-$seed.txt
done
