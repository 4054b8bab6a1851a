#!/bin/bash
for margin in 0.0 0.1 0.5; do
    python train.py --out_margin $margin --out_dir runs/margin_$margin --seed 0  # expect: SA101
done
