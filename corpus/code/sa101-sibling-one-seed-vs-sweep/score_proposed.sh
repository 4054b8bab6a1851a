#!/bin/bash
arch=gru_gated
for seed in 16; do  # 11 12 13 14 15 16  # expect: SA101
  python assess.py --proposed -m $arch --seed $seed > logs/proposed-$seed.txt
done
