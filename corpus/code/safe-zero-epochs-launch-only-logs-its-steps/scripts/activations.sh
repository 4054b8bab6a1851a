#!/bin/bash
# each activation's untrained network, scored as it starts
for act in relu gelu silu; do
  python train_digits.py --activation "$act" --epochs 0 --log_steps 8 --seed 41
done
