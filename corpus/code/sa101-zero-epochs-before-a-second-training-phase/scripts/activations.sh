#!/bin/bash
# every activation trained only in the growing phase
for act in relu gelu silu; do
  python train_digits.py --activation "$act" --epochs 0 --growing_epochs 8 --lr 0.001 --seed 41  # expect: SA101
done
